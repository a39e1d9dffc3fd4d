package io.papyri.local.summarize.internal;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Passage;
import io.papyri.api.Section;
import io.papyri.core.index.PassageChunker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PaperOutlineTest {

    private static final PassageChunker CHUNKER = new PassageChunker();

    @Test
    void subSectionsBelongToTheirTopLevelSectionAndKeepTheRoleTheyName() {
        Paper paper = paper("outline", "T", "We study outlines.", List.of(
                section("1 Introduction", 1, "Intro text."),
                section("2 Method", 2, "Method text."),
                subsection("2.1 Data", 2, "Data text."),
                subsection("2.2 Discussion of the design", 3, "Design text."),
                section("3 Conclusion", 4, "Conclusion text.")));
        List<Passage> passages = CHUNKER.paragraphs(paper);

        PaperOutline outline = PaperOutline.of(paper, passages);

        assertThat(outline.parts()).extracting(PaperOutline.Part::heading)
                .containsExactly("Abstract", "1 Introduction", "2 Method", "3 Conclusion");
        assertThat(outline.partOf(3)).as("2.1 Data is part of 2 Method").isEqualTo(2);
        assertThat(outline.partOf(4)).isEqualTo(2);
        assertThat(outline.roleOf(0)).isEqualTo(SectionRole.ABSTRACT);
        assertThat(outline.roleOf(3)).isEqualTo(SectionRole.BODY);
        assertThat(outline.roleOf(4)).as("a sub-section that names its role").isEqualTo(SectionRole.CONCLUSION);
    }

    @Test
    void everythingAfterTheReferencesIsBackMatter() {
        Paper paper = paper("appendix", "T", "", List.of(
                section("1 Introduction", 1, "Intro text."),
                section("Acknowledgments", 5, "Thanks."),
                section("5 Results", 5, "Late results."),
                section("References", 6, "[1] A paper."),
                section("A Proof of Theorem 1", 7, "The proof.")));

        PaperOutline outline = PaperOutline.of(paper, CHUNKER.paragraphs(paper));

        assertThat(outline.parts()).extracting(PaperOutline.Part::role).containsExactly(SectionRole.INTRODUCTION,
                SectionRole.BACK_MATTER, SectionRole.RESULTS, SectionRole.BACK_MATTER, SectionRole.BACK_MATTER);
    }

    @Test
    void passagesThatAreNotTheParagraphsFallBackToHeadings() {
        Paper paper = paper("chunked", "T", "", List.of(section("1 Introduction", 1, "One. Two."),
                section("References", 2, "[1] A paper.")));
        List<Passage> cut = List.of(new Passage(paper.id(), 0, "1 Introduction", 1, "One."),
                new Passage(paper.id(), 1, "1 Introduction", 1, "Two."),
                new Passage(paper.id(), 2, "References", 2, "[1] A paper."));

        PaperOutline outline = PaperOutline.of(paper, cut);

        assertThat(outline.parts()).extracting(PaperOutline.Part::heading).containsExactly("1 Introduction", "References");
        assertThat(outline.partOf(1)).isZero();
        assertThat(outline.roleOf(2)).isEqualTo(SectionRole.BACK_MATTER);
    }

    private static Paper paper(String id, String title, String abstractText, List<Section> sections) {
        return new Paper(PaperId.parse("test:" + id), title, List.of(), abstractText, sections, List.of(), List.of(),
                Map.of());
    }

    private static Section section(String heading, int page, String text) {
        return new Section(heading, 1, page, List.of(new Paragraph(text, page)));
    }

    private static Section subsection(String heading, int page, String text) {
        return new Section(heading, 2, page, List.of(new Paragraph(text, page)));
    }
}
