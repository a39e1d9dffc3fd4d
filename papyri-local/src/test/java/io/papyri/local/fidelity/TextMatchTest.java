package io.papyri.local.fidelity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextMatchTest {

    @Test
    void normalizesCasePunctuationDiacriticsAndSymbols() {
        assertThat(TextMatch.normalize("A Sparse Johnson–Lindenstrauss Transform"))
                .isEqualTo(TextMatch.normalize("a sparse johnson-lindenstrauss TRANSFORM"));
        assertThat(TextMatch.normalize("Tamás & Forces")).isEqualTo("tamasforces");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 Introduction|introduction",
        "2. Related Work|relatedwork",
        "II. BACKGROUND|background",
        "A. CASE STUDY|casestudy",
        "CHAPTER 2 Literature Review|literaturereview",
        "Appendix A. Tools from probability theory|toolsfromprobabilitytheory",
        "APPENDIX|appendix",
        "ASAP|asap",
        "References|references",
        "6. EMBEDDING INTO ℓ1|embeddingintol1",
    })
    void stripsHeadingNumbering(String heading, String key) {
        assertThat(TextMatch.headingKey(heading)).isEqualTo(key);
    }

    @Test
    void scoresWordBagsAsMultisets() {
        assertThat(TextMatch.wordF1("the cat sat on the mat", "the cat sat on the mat")).isEqualTo(1.0);
        // 4 shared of 5 returned and 6 expected: P 0.8, R 0.667
        assertThat(TextMatch.wordF1("the cat sat on the mat", "the cat sat on a")).isCloseTo(0.727, within(0.001));
        assertThat(TextMatch.wordF1("", "")).isEqualTo(1.0);
        assertThat(TextMatch.overlap(List.of("a", "a", "b"), List.of("a", "b", "b"))).isEqualTo(2);
    }
}
