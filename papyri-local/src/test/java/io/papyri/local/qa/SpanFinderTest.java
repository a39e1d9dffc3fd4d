package io.papyri.local.qa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpanFinderTest {

    private final SpanFinder spans = new SpanFinder();

    @Test
    void aQuantityQuestionGetsTheNumbersWithWhatTheyCount() {
        assertThat(spans.find(Question.read("How large is the training set?"),
                "In 2014 we trained on about 4.5 million sentence pairs of news text."))
                .isEqualTo("4.5 million sentence pairs");
        assertThat(spans.find(Question.read("How many claims does the corpus hold?"),
                "1) The corpus holds 6,422 claims and 16,509 sources."))
                .isEqualTo("6,422 claims, 16,509 sources");
    }

    @Test
    void aQuantityQuestionWithoutANumberInTheSentenceGetsTheSentence() {
        String sentence = "The corpus is large.";
        assertThat(spans.find(Question.read("How big is the corpus?"), sentence)).isEqualTo(sentence);
    }

    @Test
    void aNamedThingsQuestionGetsTheListAfterAColon() {
        assertThat(spans.find(Question.read("Which architectures do they compare?"),
                "We compare three architectures: FastText, CNNs and LSTMs."))
                .isEqualTo("FastText, CNNs and LSTMs");
    }

    @Test
    void otherQuestionsGetTheSentenceWithoutPlaceholders() {
        assertThat(spans.find(Question.read("How is the encoder trained?"),
                "The encoder is trained with Adam BIBREF12 , as in INLINEFORM0 [3, 4]."))
                .isEqualTo("The encoder is trained with Adam, as in.");
    }
}
