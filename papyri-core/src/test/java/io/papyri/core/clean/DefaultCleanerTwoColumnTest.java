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
 * A two-column conference paper built by hand: labelled abstract, numbered headings, a paragraph
 * running across a column and a page, a caption and an equation inside a paragraph, a footnote and
 * a numbered reference list.
 */
class DefaultCleanerTwoColumnTest {

    private static Paper paper;

    @BeforeAll
    static void clean() {
        paper = new DefaultCleaner().clean(conferencePaper());
    }

    static ExtractedDocument conferencePaper() {
        LayoutBuilder b = new LayoutBuilder().page(2);
        b.style(17, true).line("Deep Widgets for Sparse Things", 150, 462, 72);
        b.style(11, false).line("Alice Smith1, Bob Jones2", 220, 392, 104);
        b.style(10, false).line("1University of Nowhere, 2Widget Research Lab", 170, 442, 118);
        b.line("{alice,bob}@nowhere.edu", 240, 372, 130);
        // column 0: abstract, then the introduction
        b.style(12, true).line("Abstract", 160, 212, 170);
        b.style(9, false)
                .line("We study widgets that make sparse things dense. Our method is fast", 72, 300, 188)
                .line("and simple, and it beats every baseline we could find on three", 72, 300, 199)
                .line("benchmarks. We also prove that widgets are optimal for sparse things", 72, 300, 210)
                .line("under mild assumptions.", 72, 180, 221);
        b.style(12, true).line("1. Introduction", 72, 160, 245);
        b.style(10, false)
                .line("Sparse things are everywhere in modern computing and science.", 82, 300, 263)
                .line("They appear in graphs, in matrices and in the text of papers", 72, 300, 275)
                .line("that people write about them every single day of the year.", 72, 260, 287)
                .line("Widgets are a new idea. We introduce them in this paper and", 82, 300, 299)
                .line("show how they apply to many problems that were thought to", 72, 300, 311)
                .line("be hard, and we explain the intuition behind every design", 72, 300, 323)
                .line("choice that we make along the way, starting from the simplest", 72, 300, 335);
        // column 1: the paragraph continues without indent
        b.column(1)
                .line("case of a single widget and moving to the general case of many", 312, 540, 72)
                .line("widgets that talk to each other through a shared sparse thing.", 312, 540, 84)
                .line("This paragraph goes on for another line before it stops.", 312, 500, 96);
        b.style(12, true).line("2. Related Work", 312, 420, 120);
        b.style(10, false)
                .line("Earlier work on sparse things used matrices and graphs, but", 312, 540, 138)
                .line("never widgets, which is why this paper is needed at all, and", 312, 540, 150)
                .line("we review that work here in some detail before going further.", 312, 540, 162);
        b.style(8, false).line("1Code is available at the widget web site.", 312, 500, 720);

        b.page(2);
        b.style(10, false)
                .line("Prior art also includes gadgets, which are like widgets but", 82, 300, 72)
                .line("much larger; we compare against them in our experiments", 72, 300, 84);
        b.style(9, false).line("Figure 1: A widget next to a gadget, drawn to scale.", 72, 290, 104);
        b.style(10, false)
                .line("and find that they are slower by a wide margin in all cases of", 72, 300, 128)
                .line("interest. The cost of a widget with n parts is given by", 72, 270, 140);
        b.font("CMMI10").line("C(w) = n log n + k (1)", 130, 300, 158);
        b.style(10, false)
                .line("where n is the number of things and k is a small constant.", 72, 300, 176);
        b.style(10, true).line("2.1 Sparse Gadgets", 72, 180, 200);
        b.style(10, false)
                .line("Gadgets are covered only briefly here because they are rare", 72, 300, 216)
                .line("and they matter less than widgets do in every setting.", 72, 250, 228)
                .line("Gadgets will come back in later work on sparse things.", 82, 290, 240);
        b.style(12, true).line("References", 72, 150, 264);
        b.style(9, false)
                .line("[1] A. Smith and B. Jones. Widgets for all. In Proceedings of", 72, 300, 282)
                .line("the Widget Conference, pages 1-10, 2010.", 84, 250, 293)
                .line("[2] C. Brown. Gadgets considered harmful. Journal of Gadgets,", 72, 300, 304)
                .line("12(3):45-67, 2011.", 84, 160, 315)
                .line("[3] D. White. Sparse things. PhD thesis, 2012.", 72, 260, 326);
        return b.dropped("page-number", 2).build();
    }

    @Test
    void readsTitleAuthorsAndAbstract() {
        assertThat(paper.title()).isEqualTo("Deep Widgets for Sparse Things");
        assertThat(paper.authors()).containsExactly("Alice Smith", "Bob Jones");
        assertThat(paper.abstractText()).isEqualTo("We study widgets that make sparse things dense. Our method is fast"
                + " and simple, and it beats every baseline we could find on three benchmarks. We also prove that"
                + " widgets are optimal for sparse things under mild assumptions.");
    }

    @Test
    void findsHeadingsWithLevels() {
        assertThat(paper.sections()).extracting(Section::heading, Section::level, Section::page).containsExactly(
                tuple("1. Introduction", 1, 1),
                tuple("2. Related Work", 1, 1),
                tuple("2.1 Sparse Gadgets", 2, 2),
                tuple("References", 1, 2));
    }

    @Test
    void joinsParagraphsAcrossColumnsPagesCaptionsAndEquations() {
        List<Paragraph> intro = paper.sections().get(0).paragraphs();
        assertThat(intro).extracting(Paragraph::page).containsExactly(1, 1);
        assertThat(intro.get(0).text()).isEqualTo("Sparse things are everywhere in modern computing and science."
                + " They appear in graphs, in matrices and in the text of papers that people write about them every"
                + " single day of the year.");
        assertThat(intro.get(1).text()).startsWith("Widgets are a new idea.")
                .contains("starting from the simplest case of a single widget")
                .endsWith("another line before it stops.");

        List<Paragraph> related = paper.sections().get(1).paragraphs();
        assertThat(related).extracting(Paragraph::page).containsExactly(1, 2);
        assertThat(related.get(0).text()).endsWith("before going further.");
        assertThat(related.get(1).text()).isEqualTo("Prior art also includes gadgets, which are like widgets but"
                + " much larger; we compare against them in our experiments and find that they are slower by a wide"
                + " margin in all cases of interest. The cost of a widget with n parts is given by where n is the"
                + " number of things and k is a small constant.");
        assertThat(paper.sections().get(2).paragraphs()).extracting(Paragraph::text).containsExactly(
                "Gadgets are covered only briefly here because they are rare and they matter less than widgets do"
                        + " in every setting.",
                "Gadgets will come back in later work on sparse things.");
    }

    @Test
    void keepsCaptionsEquationsAndFootnotesOutOfTheBody() {
        assertThat(paper.captions()).extracting(Caption::kind, Caption::label, Caption::page)
                .containsExactly(tuple("figure", "Figure 1", 2));
        assertThat(paper.captions().get(0).text()).isEqualTo("Figure 1: A widget next to a gadget, drawn to scale.");
        assertThat(paper.paragraphs().map(Paragraph::text))
                .noneMatch(t -> t.contains("Figure 1:") || t.contains("C(w)") || t.contains("Code is available")
                        || t.contains("nowhere.edu") || t.contains("[1]"));
    }

    @Test
    void splitsNumberedReferences() {
        assertThat(paper.references()).containsExactly(
                "[1] A. Smith and B. Jones. Widgets for all. In Proceedings of the Widget Conference, pages 1-10, 2010.",
                "[2] C. Brown. Gadgets considered harmful. Journal of Gadgets, 12(3):45-67, 2011.",
                "[3] D. White. Sparse things. PhD thesis, 2012.");
        assertThat(paper.sections().get(3).paragraphs()).isEmpty();
    }

    @Test
    void countsWhatWasRemoved() {
        assertThat(paper.removed()).containsEntry("title-block", 2).containsEntry("caption", 1)
                .containsEntry("equation", 1).containsEntry("footnote", 1).containsEntry("reference", 3)
                .containsEntry("page-number", 2);
    }
}
