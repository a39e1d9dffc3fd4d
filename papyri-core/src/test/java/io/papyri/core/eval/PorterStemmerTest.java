package io.papyri.core.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PorterStemmerTest {

    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Porter (1980) examples
            "caresses, caress", "ponies, poni", "caress, caress", "cats, cat",
            "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled",
            "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl",
            "sized, size", "hopping, hop", "tanned, tan", "falling, fall", "hissing, hiss",
            "fizzed, fizz", "failing, fail", "filing, file", "hoping, hope",
            "happy, happi", "relational, relat", "conditional, condit", "rational, ration",
            "generalizations, gener", "sensational, sensat", "triplicate, triplic",
            "electrical, electr", "hopeful, hope", "goodness, good", "adjustment, adjust",
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin",
            "adoption, adopt", "probate, probat", "rate, rate", "cease, ceas",
            "controll, control", "roll, roll", "running, run", "generous, gener"})
    void stemsTheClassicExamples(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // NLTK_EXTENSIONS behaviour
            "sky, sky", "skies, sky", "dying, die", "lying, lie", "tying, tie", "news, news",
            "innings, inning", "proceed, proceed", "exceed, exceed", "succeed, succeed",
            "dies, die", "ties, tie", "tied, tie", "cried, cri", "cry, cri", "say, say",
            "hopefully, hope", "biology, biolog", "is, is", "by, by"})
    void followsTheNltkExtensions(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Running, run", "CARESSES, caress"})
    void lowerCasesFirst(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}
