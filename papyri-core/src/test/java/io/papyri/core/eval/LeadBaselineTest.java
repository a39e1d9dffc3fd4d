package io.papyri.core.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadBaselineTest {

    private final LeadBaseline lead = new LeadBaseline();

    // sentence word counts: 3, 6, 1
    private static final String TEXT = "First sentence here. Second one is longer than that. Third.";

    private static SummarizationExample flat(String text, String... references) {
        return new SummarizationExample("p", null, List.of(), text, List.of(references));
    }

    @Test
    void keepsWholeSentencesWithinTheBudget() {
        SummarizationExample example = flat(TEXT, "ref");

        assertThat(lead.summarizeWithinWords(example, 9))
                .isEqualTo("First sentence here.\nSecond one is longer than that.");
        assertThat(lead.summarizeWithinWords(example, 8)).isEqualTo("First sentence here.");
        assertThat(lead.summarizeWithinWords(example, 10)).isEqualTo(TEXT.replace(". ", ".\n"));
        assertThat(lead.summarizeWithinWords(example, 100).split("\\s+")).hasSize(10);
    }

    @Test
    void cutsOnlyAnOverlongFirstSentence() {
        assertThat(lead.summarizeWithinWords(flat(TEXT, "ref"), 2)).isEqualTo("First sentence");
        assertThatThrownBy(() -> lead.summarizeWithinWords(flat(TEXT, "ref"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultBudgetIsTheMeanReferenceLength() {
        // references of 3 and 7 words -> budget 5 -> only the first sentence (3 words) fits
        SummarizationExample example = flat(TEXT, "a b c", "a b c d e f g");
        assertThat(lead.summarizeToReferenceLength(example)).isEqualTo("First sentence here.");

        // references of 9 and 11 words -> budget 10 -> all three sentences
        SummarizationExample longer = flat(TEXT, "1 2 3 4 5 6 7 8 9", "1 2 3 4 5 6 7 8 9 10 11");
        assertThat(lead.summarizeToReferenceLength(longer).split("\n")).hasSize(3);
    }

    @Test
    void paragraphEndsAreSentenceEndsAndHeadingsAreNotText() {
        SummarizationExample sectioned = new SummarizationExample("p", null, List.of(
                new SummarizationExample.SourceSection("1 Introduction", List.of("no final period here", "Next one.")),
                new SummarizationExample.SourceSection("2 Method", List.of("Method sentence."))),
                "ignored when sections exist", List.of("ref"));

        assertThat(lead.sentences(sectioned))
                .containsExactly("no final period here", "Next one.", "Method sentence.");
        assertThat(lead.firstSentences(sectioned, 1)).isEqualTo("no final period here");
        assertThat(lead.firstSentences(sectioned, 2)).isEqualTo("no final period here\nNext one.");
        assertThat(lead.firstSentences(sectioned, 10).split("\n")).hasSize(3);
        assertThat(lead.summarizeWithinWords(sectioned, 6)).isEqualTo("no final period here\nNext one.");
    }
}
