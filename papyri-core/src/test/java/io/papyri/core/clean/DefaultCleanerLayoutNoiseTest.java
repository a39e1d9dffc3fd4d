package io.papyri.core.clean;

import io.papyri.api.Caption;
import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The noise real extraction leaves in a one-column paper: a line that starts further right
 * because its first word went to complete a hyphenated word above, a plot with axis labels, a
 * table under its caption, a footnote, and a table of contents whose page numbers come out as
 * pieces of their own.
 */
class DefaultCleanerLayoutNoiseTest {

    private static Paper paper;

    @BeforeAll
    static void clean() {
        paper = new DefaultCleaner().clean(noisyPaper());
    }

    static ExtractedDocument noisyPaper() {
        LayoutBuilder b = new LayoutBuilder().page(1);
        b.style(17, true).line("Learning Widgets from Noise", 200, 412, 90);
        b.style(10, false).line("Alice Smith", 280, 332, 120);
        b.style(12, true).line("Abstract", 285, 327, 160);
        b.style(10, false)
                .line("We learn widgets from noisy things and show that the widgets we learn are as", 144, 468, 180)
                .line("good as those built by hand, at a fraction of the cost of building them by hand.", 144, 460, 191);
        b.style(12, true).line("Contents", 108, 170, 220);
        b.style(10, false).line("1 Introduction", 108, 180, 240).line("1", 500, 505, 240)
                .line("2 Method", 108, 160, 252).line("2", 500, 505, 252);
        b.style(12, true).line("1 Introduction", 108, 190, 290);
        b.style(10, false)
                .line("Widgets are everywhere, yet nobody knows how to learn them from the noisy things", 108, 504, 310)
                .line("that surround them in practice, which is the question this paper sets out to answer.", 108, 460, 321)
                .line("We start from the simplest case, a single widget on a clean background, and we work", 123, 504, 332)
                .line("our way up to many widgets on a noisy background, the case that matters in practice.", 108, 470, 343)
                // "complicated" completed "compli-" above, so this line now starts at its second word
                .line("The learning problem turns out to be complicated by the noise in ways that we", 123, 504, 354)
                .line("describe in detail and that explain why earlier approaches did not succeed at all.", 160, 480, 365)
                .line("Our approach avoids these problems by modelling the noise explicitly as a thing.", 123, 504, 376)
                .line("It works on every dataset we tried, as the experiments in the next section show.", 108, 420, 387);
        b.style(9, false).line("0 10 20 30", 200, 400, 420).line("Time (s)", 280, 320, 432)
                .line("Encoder", 150, 190, 450).line("Decoder", 350, 390, 450);
        b.style(9, false).line("Figure 1: Widgets learnt over time.", 200, 410, 470);
        b.style(9, false).line("Table 1: Accuracy of widgets.", 220, 390, 500);
        b.style(9, false).line("Model Accuracy", 250, 360, 515).line("Baseline 71.2 80.1", 250, 360, 526)
                .line("Ours 75.3 83.0", 250, 360, 537);
        b.style(10, false)
                .line("The table shows that our widgets are more accurate than the baseline in all cases.", 108, 504, 560);
        b.style(8, false).line("1 The code is available from the widget archive.", 108, 330, 700);

        b.page(1).style(12, true).line("2 Method", 108, 160, 72);
        b.style(10, false)
                .line("We learn each widget with gradient descent on a loss that compares the widget with", 108, 504, 92)
                .line("the noisy thing it came from, and we stop when the loss no longer goes down at all.", 108, 480, 103);
        return b.build();
    }

    @Test
    void keepsParagraphTogetherWhereALineStartsLateAfterAHyphenatedWord() {
        List<Paragraph> intro = paper.sections().get(0).paragraphs();
        assertThat(intro).extracting(Paragraph::text).hasSize(5);
        assertThat(intro.get(2).text()).startsWith("The learning problem").endsWith("did not succeed at all.");
        assertThat(intro.get(3).text()).startsWith("Our approach").endsWith("in the next section show.");
        assertThat(intro.get(4).text()).isEqualTo("The table shows that our widgets are more accurate than the"
                + " baseline in all cases.");
    }

    @Test
    void readsOnlyRealHeadings() {
        assertThat(paper.sections()).extracting(Section::heading, Section::level)
                .containsExactly(tuple("1 Introduction", 1), tuple("2 Method", 1));
    }

    @Test
    void takesFigureTableFootnoteAndContentsOutOfTheBody() {
        assertThat(paper.captions()).extracting(Caption::kind, Caption::label)
                .containsExactly(tuple("figure", "Figure 1"), tuple("table", "Table 1"));
        assertThat(paper.paragraphs().map(Paragraph::text)).noneMatch(t -> t.contains("Encoder")
                || t.contains("Time (s)") || t.contains("71.2") || t.contains("Model Accuracy")
                || t.contains("widget archive") || t.contains("Contents"));
        assertThat(paper.removed()).containsEntry("footnote", 1).containsEntry("contents", 5);
    }
}
