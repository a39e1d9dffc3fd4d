package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An IEEE letter: run-in "Abstract—" with "Index Terms—" after it, small-capital roman headings
 * that are not bold, a table caption set as "TABLE I" over its text, and author-year references
 * without hanging indent.
 */
class DefaultCleanerRunInAbstractTest {

    static ExtractedDocument ieeeLetter() {
        LayoutBuilder b = new LayoutBuilder().page(2);
        b.style(22, false).line("An Experimental Study on Widget Enhancement", 100, 512, 80);
        b.style(11, false).line("Alice Smith, Bob Jones, and Carol Brown", 200, 412, 115);
        b.style(9, true)
                .line("Abstract—Widgets enhance sparse things. We study how", 72, 300, 160)
                .line("well they do so on a large benchmark and find that they", 72, 300, 171)
                .line("help in every case we tried.", 72, 200, 182)
                .line("Index Terms—Widgets, sparse things, enhancement.", 72, 280, 198);
        b.style(10, false).line("I. INTRODUCTION", 150, 222, 224);
        b.line("Widgets are everywhere and so are sparse things, and the", 72, 300, 240)
                .line("question of how the two work together is an old one that", 72, 300, 252)
                .line("we answer in this letter for the first time at scale now.", 72, 290, 264);
        b.style(8, false).line("TABLE I", 160, 210, 284).line("RESULTS ON THE WIDGET BENCHMARK", 110, 260, 294);
        b.style(8, false).line("Method Score Time", 100, 270, 309).line("Widget 0.93 1.2", 100, 270, 319);
        b.style(10, false).line("II. METHOD", 160, 212, 340);
        b.line("We train a widget on sparse things and measure how well", 72, 300, 356)
                .line("it enhances them, using the benchmark of the last section.", 72, 290, 368);
        b.style(10, false).column(1).line("REFERENCES", 400, 470, 72);
        b.style(8, false)
                .line("Brown, C. (2010). Widgets and what they do. Journal of", 312, 540, 90)
                .line("Widgets, 1(1), 1-10.", 312, 400, 100)
                .line("Smith, A. (2012). Sparse things. Widget Press.", 312, 480, 110);
        return b.build();
    }

    @Test
    void readsIeeeLetter() {
        Paper paper = new DefaultCleaner().clean(ieeeLetter());
        assertThat(paper.title()).isEqualTo("An Experimental Study on Widget Enhancement");
        assertThat(paper.authors()).containsExactly("Alice Smith", "Bob Jones", "Carol Brown");
        assertThat(paper.abstractText()).isEqualTo("Widgets enhance sparse things. We study how well they do so on"
                + " a large benchmark and find that they help in every case we tried.");
        assertThat(paper.sections()).extracting(Section::heading, Section::level).containsExactly(
                tuple("I. INTRODUCTION", 1), tuple("II. METHOD", 1), tuple("REFERENCES", 1));
        assertThat(paper.captions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("table");
            assertThat(c.label()).isEqualTo("TABLE I");
            assertThat(c.text()).isEqualTo("TABLE I RESULTS ON THE WIDGET BENCHMARK");
        });
        assertThat(paper.references()).containsExactly(
                "Brown, C. (2010). Widgets and what they do. Journal of Widgets, 1(1), 1-10.",
                "Smith, A. (2012). Sparse things. Widget Press.");
        assertThat(paper.removed()).containsEntry("title-block", 1);
    }

    @Test
    void doesNotTakeATitleStartingWithAbstractForTheLabel() {
        ExtractedDocument document = new LayoutBuilder().page(1)
                .style(17, true).line("Abstract Widget Representation for Parsing", 150, 462, 80)
                .style(11, false).line("Alice Smith", 270, 342, 110)
                .style(12, true).line("Abstract", 285, 327, 150)
                .style(10, false)
                .line("We represent widgets abstractly and parse them with a simple grammar that we", 144, 468, 170)
                .line("learn from a small set of examples written by hand for this very purpose.", 144, 430, 181)
                .style(12, true).line("1 Introduction", 108, 190, 210)
                .style(10, false)
                .line("Parsing widgets is an old problem that has been solved many times over the years,", 108, 504, 230)
                .line("each time for a different kind of widget, and never once for all of them at once.", 108, 480, 241)
                .build();
        Paper paper = new DefaultCleaner().clean(document);
        assertThat(paper.title()).isEqualTo("Abstract Widget Representation for Parsing");
        assertThat(paper.abstractText()).startsWith("We represent widgets").endsWith("for this very purpose.");
        assertThat(paper.sections()).extracting(Section::heading).containsExactly("1 Introduction");
    }
}
