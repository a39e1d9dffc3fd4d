package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Papers whose abstract has no label: a REVTeX article (roman section numbers, lettered
 * sub-sections, a reference list without heading) and a Nature-style letter (bold abstract,
 * unheaded introduction, unnumbered headings).
 */
class DefaultCleanerUnlabelledAbstractTest {

    static ExtractedDocument revtexArticle() {
        LayoutBuilder b = new LayoutBuilder().page(2);
        b.style(12, true).line("Criticality of Widgets on a Sparse Lattice", 160, 452, 70);
        b.style(10, false).line("Alice Smith and Bob Jones", 240, 372, 92);
        b.style(9, false).italic().line("Department of Physics, University of Nowhere, Nowhere, NW 12345", 150, 462, 106);
        b.style(9, false).line("(Dated: November 10, 2011)", 250, 362, 124);
        b.line("We study widgets arranged on a sparse lattice and show how their interactions", 100, 512, 142)
                .line("change the critical behaviour of the whole system. In the limit of many widgets the", 100, 512, 153)
                .line("problem reduces to a single widget in an effective field, which we solve exactly. We", 100, 512, 164)
                .line("find that the critical dimension drops by one.", 100, 300, 175);
        b.style(10, true).line("I. INTRODUCTION", 150, 222, 200);
        b.style(10, false)
                .line("Widgets on lattices have been studied for a long time,", 82, 300, 218)
                .line("but the sparse case has resisted every attempt to treat", 72, 300, 230)
                .line("it exactly, because the lattice has no simple structure", 72, 300, 242)
                .line("that one could use to reduce the number of variables.", 72, 300, 254);
        b.style(10, true).line("A. The model", 72, 140, 278);
        b.style(10, false)
                .line("Each widget interacts with its neighbours on the lattice", 72, 300, 294)
                .line("through a coupling that we take to be small and uniform.", 72, 290, 306);
        b.column(1).style(10, true).line("II. SOLUTION", 390, 460, 72);
        b.style(10, false)
                .line("In the limit of large connectivity the problem becomes", 312, 540, 90)
                .line("that of one widget in a field set by all of its neighbours,", 312, 540, 102)
                .line("which we solve in closed form for every coupling here.", 312, 530, 114);
        b.style(10, true).line("ACKNOWLEDGMENTS", 380, 470, 140);
        b.style(10, false)
                .line("We thank the widget foundation for support of this work", 322, 540, 158)
                .line("over many years and for many helpful conversations too.", 312, 500, 170);
        b.style(9, false)
                .line("[1] A. Smith, Phys. Rev. B 80, 1 (2009).", 312, 500, 194)
                .line("[2] B. Jones and C. Brown, Phys. Rev. Lett. 101, 2", 312, 540, 205)
                .line("(2010).", 324, 360, 216)
                .line("[3] D. White, Rev. Mod. Phys. 70, 3 (2011).", 312, 500, 227);
        return b.build();
    }

    @Test
    void readsRevtexArticle() {
        Paper paper = new DefaultCleaner().clean(revtexArticle());
        assertThat(paper.title()).isEqualTo("Criticality of Widgets on a Sparse Lattice");
        assertThat(paper.authors()).containsExactly("Alice Smith", "Bob Jones");
        assertThat(paper.abstractText()).startsWith("We study widgets arranged").endsWith("drops by one.")
                .doesNotContain("Dated");
        assertThat(paper.sections()).extracting(Section::heading, Section::level).containsExactly(
                tuple("I. INTRODUCTION", 1), tuple("A. The model", 2), tuple("II. SOLUTION", 1),
                tuple("ACKNOWLEDGMENTS", 1));
        assertThat(paper.sections().get(3).paragraphs()).extracting(Paragraph::text)
                .containsExactly("We thank the widget foundation for support of this work over many years and for"
                        + " many helpful conversations too.");
        assertThat(paper.references()).containsExactly("[1] A. Smith, Phys. Rev. B 80, 1 (2009).",
                "[2] B. Jones and C. Brown, Phys. Rev. Lett. 101, 2 (2010).",
                "[3] D. White, Rev. Mod. Phys. 70, 3 (2011).");
        assertThat(paper.removed()).containsEntry("title-block", 2);
    }

    /**
     * The last page of a REVTeX article: the reference numbers are superscripts that come out as
     * lines of their own, and the two-column body and the two-column list below it are read column by
     * column, so body text stands between references 2 and 3.
     */
    static ExtractedDocument revtexLastPage() {
        LayoutBuilder b = new LayoutBuilder().page(2);
        b.style(12, true).line("Widgets Near Criticality", 250, 362, 70);
        b.style(10, false).line("Alice Smith", 280, 332, 90);
        b.style(9, false).line("We find that widgets near a critical point behave like sparse things and explain", 100, 512, 120)
                .line("why, using a simple model that we solve exactly in the limit of many widgets here.", 100, 512, 131)
                .line("The result holds in every dimension that we have been able to check so far.", 100, 450, 142);
        b.style(10, true).line("I. INTRODUCTION", 150, 222, 170);
        b.style(10, false)
                .line("Widgets near critical points have been studied for years,", 64, 300, 188)
                .line("and the dense case is understood in every dimension now,", 54, 300, 200)
                .line("both in theory and in experiments on real widget lattices,", 54, 300, 212)
                .line("but the sparse case has resisted every attempt so far.", 54, 280, 224);
        b.style(6, false).line("1", 54, 58, 400);
        b.style(9, false).line("A. Smith, Phys. Rev. B 80, 1 (2009).", 60, 250, 401);
        b.style(6, false).line("2", 54, 58, 412);
        b.style(9, false).line("B. Jones, Phys. Rev. Lett. 101, 2 (2010).", 60, 260, 413);
        b.column(1).style(10, false)
                .line("We solve the model exactly here and compare with earlier", 312, 540, 72)
                .line("work on dense lattices, which it reproduces in the limit.", 312, 500, 84);
        b.style(6, false).line("3", 312, 316, 400);
        b.style(9, false).line("C. Brown, Rev. Mod. Phys. 70, 3 (2011).", 318, 500, 401);
        return b.build();
    }

    @Test
    void findsUnheadedListWithSuperscriptNumbersAcrossColumns() {
        Paper paper = new DefaultCleaner().clean(revtexLastPage());
        assertThat(paper.references()).containsExactly("1 A. Smith, Phys. Rev. B 80, 1 (2009).",
                "2 B. Jones, Phys. Rev. Lett. 101, 2 (2010).", "3 C. Brown, Rev. Mod. Phys. 70, 3 (2011).");
        assertThat(paper.sections()).singleElement().satisfies(s -> assertThat(s.paragraphs())
                .extracting(Paragraph::text).containsExactly("Widgets near critical points have been studied for"
                        + " years, and the dense case is understood in every dimension now, both in theory and in"
                        + " experiments on real widget lattices, but the sparse case has resisted every attempt so far. We solve the model exactly"
                        + " here and compare with earlier work on dense lattices, which it reproduces in the limit."));
    }

    static ExtractedDocument natureLetter() {
        LayoutBuilder b = new LayoutBuilder().page(1);
        b.style(16, true).line("Widgets stabilise complex sparse systems", 72, 400, 72);
        b.style(11, false).line("Alice Smith1,*, Bob Jones2", 72, 260, 100);
        b.style(9, false).line("1Department of Widgets, University of Nowhere, Nowhere, Canada", 72, 400, 116)
                .line("2Institute of Gadgets, Somewhere, France", 72, 300, 127);
        b.style(11, true)
                .line("Complex systems are thought to become unstable as they grow, yet many large", 72, 540, 150)
                .line("systems in nature are stable. Here we show that variation in how fast widgets", 72, 540, 164)
                .line("respond makes large systems more stable, not less, and explain why.", 72, 460, 178);
        b.style(11, false)
                .line("Since the earliest work on the stability of complex systems it has been assumed", 72, 540, 202)
                .line("that larger systems are less stable than smaller ones, a result that has shaped", 72, 540, 216)
                .line("much of the thinking about ecosystems and about networks of every other kind.", 72, 500, 230)
                .line("We revisit this assumption with widgets, whose response rates vary widely.", 86, 520, 244);
        b.style(12, true).line("Results", 72, 120, 272);
        b.style(11, false)
                .line("Systems with varied response rates were stable far more often than systems in", 72, 540, 292)
                .line("which all widgets respond at the same rate, across every size we simulated here.", 72, 520, 306);
        b.style(11, true).line("Stability across sizes", 72, 200, 330);
        b.style(11, false)
                .line("The effect grows with the size of the system and holds for every connectance", 72, 540, 348)
                .line("we tried, from sparse systems to systems where every widget meets every other.", 72, 500, 362);
        b.style(12, true).line("References", 72, 150, 390);
        b.style(9, false)
                .line("1. May, R. M. Will a large complex system be stable? Nature 238, 413-414 (1972).", 72, 500, 408)
                .line("2. Allesina, S. & Tang, S. Stability criteria for complex ecosystems. Nature 483,", 72, 540, 419)
                .line("205-208 (2012).", 72, 140, 430);
        return b.build();
    }

    @Test
    void readsNatureStyleLetter() {
        Paper paper = new DefaultCleaner().clean(natureLetter());
        assertThat(paper.title()).isEqualTo("Widgets stabilise complex sparse systems");
        assertThat(paper.authors()).containsExactly("Alice Smith", "Bob Jones");
        assertThat(paper.abstractText()).startsWith("Complex systems are thought").endsWith("and explain why.");
        assertThat(paper.sections()).extracting(Section::heading, Section::level).containsExactly(
                tuple("", 1), tuple("Results", 1), tuple("Stability across sizes", 2), tuple("References", 1));
        assertThat(paper.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly(
                "Since the earliest work on the stability of complex systems it has been assumed that larger systems"
                        + " are less stable than smaller ones, a result that has shaped much of the thinking about"
                        + " ecosystems and about networks of every other kind.",
                "We revisit this assumption with widgets, whose response rates vary widely.");
        assertThat(paper.references()).containsExactly(
                "1. May, R. M. Will a large complex system be stable? Nature 238, 413-414 (1972).",
                "2. Allesina, S. & Tang, S. Stability criteria for complex ecosystems. Nature 483, 205-208 (2012).");
    }
}
