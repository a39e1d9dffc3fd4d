package io.papyri.core.clean;

import io.papyri.api.ExtractedDocument;
import io.papyri.api.Paper;
import io.papyri.api.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A thesis: title page, abstract on its own page, a table of contents whose entries must not be
 * read as headings, "CHAPTER n" set above the chapter title, and an author-year bibliography
 * with hanging indents.
 */
class DefaultCleanerThesisTest {

    static ExtractedDocument thesis() {
        LayoutBuilder b = new LayoutBuilder();
        b.page(1).style(20, true).line("A Practical Type System for Widgets", 120, 492, 200);
        b.style(14, false).line("Alice Smith", 260, 352, 260);
        b.style(12, false).line("This thesis is presented for the degree of Bachelor of Science", 110, 502, 320)
                .line("University of Nowhere, 2012", 220, 392, 340);

        b.page(1).style(17, true).line("Abstract", 72, 150, 120);
        b.style(12, false)
                .line("Widgets are hard to type. This thesis designs an optional type system for", 72, 540, 150)
                .line("widgets, implements it, and shows on real programs that it finds real bugs", 72, 540, 165)
                .line("without getting in the way of programmers who do not want to use it at all.", 72, 500, 180);
        b.style(17, true).line("Acknowledgements", 72, 240, 230);
        b.style(12, false)
                .line("I thank my supervisor for many hours of patient advice and my family for their", 72, 540, 260)
                .line("support while this thesis was written over the course of the last year here.", 72, 500, 275);

        b.page(1).style(17, true).line("Contents", 72, 160, 100);
        b.style(12, true).line("1 Introduction 1", 72, 540, 130);
        b.style(12, false).line("1.1 Widgets . . . . . . . . . . . . . . . . . . . . 2", 90, 540, 145);
        b.style(12, true).line("2 Literature Review 5", 72, 540, 165);
        b.line("Bibliography 9", 72, 540, 185);

        b.page(1).style(14, false).line("CHAPTER 1", 72, 160, 150);
        b.style(24, true).line("Introduction", 72, 250, 180);
        b.style(12, false)
                .line("Programmers who write widgets make mistakes that a type system could catch", 72, 540, 230)
                .line("before the program runs, but most widget languages have no type system at all.", 72, 520, 245);
        b.style(14, true).line("1.1 Widgets", 72, 170, 275);
        b.style(12, false)
                .line("A widget is a small program that does one thing well and is used by many other", 72, 540, 300)
                .line("programs, which is why its mistakes spread so far and so fast in practice today.", 72, 520, 315);

        b.page(1).style(14, false).line("CHAPTER 2", 72, 160, 150);
        b.style(24, true).line("Literature Review", 72, 300, 180);
        b.style(12, false)
                .line("Type systems for dynamic languages have a long history that starts with soft", 72, 540, 230)
                .line("typing and continues with gradual typing and occurrence typing in many forms.", 72, 520, 245);
        b.style(17, true).line("Bibliography", 72, 200, 290);
        b.style(12, false)
                .line("Cartwright, R. and Fagan, M. (1991). Soft typing. In Proceedings of the ACM", 72, 540, 320)
                .line("Conference on Programming Language Design and Implementation, 278-292.", 90, 520, 335)
                .line("Siek, J. and Taha, W. (2006). Gradual typing for functional languages.", 72, 520, 350)
                .line("Tobin-Hochstadt, S. and Felleisen, M. (2008). The design and implementation", 72, 540, 365)
                .line("of Typed Scheme. In Symposium on Principles of Programming Languages,", 90, 540, 380)
                .line("395-406.", 90, 140, 395);
        return b.build();
    }

    @Test
    void readsThesis() {
        Paper paper = new DefaultCleaner().clean(thesis());
        assertThat(paper.title()).isEqualTo("A Practical Type System for Widgets");
        assertThat(paper.authors()).containsExactly("Alice Smith");
        assertThat(paper.abstractText()).startsWith("Widgets are hard to type.").endsWith("to use it at all.");
        assertThat(paper.sections()).extracting(Section::heading, Section::level).containsExactly(
                tuple("Acknowledgements", 1), tuple("CHAPTER 1 Introduction", 1), tuple("1.1 Widgets", 2),
                tuple("CHAPTER 2 Literature Review", 1), tuple("Bibliography", 1));
        assertThat(paper.references()).containsExactly(
                "Cartwright, R. and Fagan, M. (1991). Soft typing. In Proceedings of the ACM Conference on"
                        + " Programming Language Design and Implementation, 278-292.",
                "Siek, J. and Taha, W. (2006). Gradual typing for functional languages.",
                "Tobin-Hochstadt, S. and Felleisen, M. (2008). The design and implementation of Typed Scheme."
                        + " In Symposium on Principles of Programming Languages, 395-406.");
        assertThat(paper.removed()).containsEntry("contents", 5);
    }
}
