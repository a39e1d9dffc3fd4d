package io.papyri.core.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSentenceSplitterTest {

    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    @Test
    void splitsAtSentenceEndsFollowedByCapitalOrDigit() {
        assertThat(splitter.split("We train the model. It converges quickly! Does it generalize? 12 runs agree."))
                .containsExactly("We train the model.", "It converges quickly!", "Does it generalize?",
                        "12 runs agree.");
    }

    @Test
    void keepsScientificAbbreviationsAndDecimalsInsideTheSentence() {
        String text = "Vaswani et al. (2017) use attention, e.g. self-attention, i.e. keys and queries. "
                + "As in Fig. 3 and Eq. 2 of Sec. 4, dropout is 0.5 vs. 0.1 for J. Smith. "
                + "The rest follows.";

        assertThat(splitter.split(text)).containsExactly(
                "Vaswani et al. (2017) use attention, e.g. self-attention, i.e. keys and queries.",
                "As in Fig. 3 and Eq. 2 of Sec. 4, dropout is 0.5 vs. 0.1 for J. Smith.",
                "The rest follows.");
    }

    @Test
    void doesNotSplitBeforeLowerCaseAndKeepsClosingQuotesAndBrackets() {
        assertThat(splitter.split("The value is approx. three times larger. They said \"stop.\" Then [it ended.] Done."))
                .containsExactly("The value is approx. three times larger.", "They said \"stop.\"",
                        "Then [it ended.]", "Done.");
    }

    @Test
    void returnsTheWholeTextWithoutTerminalPunctuationAndNothingForBlankText() {
        assertThat(splitter.split("  no final stop here  ")).containsExactly("no final stop here");
        assertThat(splitter.split(" \n ")).isEmpty();
    }
}
