package io.papyri.core.eval;

import io.papyri.api.Paper;
import io.papyri.api.PaperId;
import io.papyri.api.Paragraph;
import io.papyri.api.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetPapersTest {

    @Test
    void summarizationSectionsBecomeSectionsWithoutAbstractOrReferences() {
        SummarizationExample example = new SummarizationExample("ACL:A00-2018", "A Parser",
                List.of(new SummarizationExample.SourceSection("1 Introduction", List.of("Intro text.", " ")),
                        new SummarizationExample.SourceSection("2 Method", List.of("Method text."))),
                "Intro text.\n\nMethod text.", List.of("GOLD summary"));

        Paper paper = DatasetPapers.fromSummarization(example);

        assertThat(paper.title()).isEqualTo("A Parser");
        assertThat(paper.abstractText()).isEmpty();
        assertThat(paper.references()).isEmpty();
        assertThat(paper.sections()).containsExactly(
                new Section("1 Introduction", 1, 1, List.of(new Paragraph("Intro text.", 1))),
                new Section("2 Method", 1, 1, List.of(new Paragraph("Method text.", 1))));
        assertThat(paper.id().scheme()).isEqualTo("eval");
        assertThat(paper.id().local()).matches("ACL-A00-2018-[0-9a-f]{12}");
    }

    @Test
    void flatSourceTextIsOneUnheadedSectionAndAMissingTitleIsEmpty() {
        SummarizationExample example = new SummarizationExample("SJ1Xmf-Rb", null, List.of(), "The abstract input.",
                List.of("tldr"));

        Paper paper = DatasetPapers.fromSummarization(example);

        assertThat(paper.title()).isEmpty();
        assertThat(paper.sections()).containsExactly(
                new Section("", 1, 1, List.of(new Paragraph("The abstract input.", 1))));
    }

    @Test
    void qasperParagraphsAreKeptExactly() {
        QasperPaper record = new QasperPaper("1905.08067", "T", "The abstract.",
                List.of(new QasperPaper.QasperSection("Intro ::: Scope", List.of("  Spaced  text. ", "B")),
                        new QasperPaper.QasperSection("Empty parent", List.of())),
                List.of());

        Paper paper = DatasetPapers.fromQasper(record);

        assertThat(paper.abstractText()).isEqualTo("The abstract.");
        assertThat(paper.sections()).containsExactly(
                new Section("Intro ::: Scope", 1, 1, List.of(new Paragraph("  Spaced  text. ", 1), new Paragraph("B", 1))),
                new Section("Empty parent", 1, 1, List.of()));
    }

    @Test
    void idsAreValidForAnyDatasetIdAndDifferWithTheText() {
        PaperId odd = DatasetPapers.paperId("../a b//c:..d", "x");
        PaperId empty = DatasetPapers.paperId("::", "x");

        assertThat(odd.local()).matches("a-b-c-.d-[0-9a-f]{12}");
        assertThat(empty.local()).matches("[0-9a-f]{12}");
        assertThat(DatasetPapers.paperId("p", "one text")).isNotEqualTo(DatasetPapers.paperId("p", "another text"));
        assertThat(DatasetPapers.paperId("p", "same")).isEqualTo(DatasetPapers.paperId("p", "same"));
    }

    @Test
    void abstractSectionsAndParagraphsCopyingTheAbstractAreRemoved() {
        String abstractText = "We present a sparse transform that reduces dimensions quickly and keeps distances.";
        Paper read = new Paper(new PaperId("sha256", "abc"), "Title", List.of("A"), abstractText, List.of(
                new Section("ABSTRACT.", 1, 1, List.of(new Paragraph(abstractText, 1))),
                new Section("", 1, 1, List.of(new Paragraph("Preprint. " + abstractText, 1),
                        new Paragraph("Short line.", 1))),
                new Section("1 Introduction", 1, 1, List.of(new Paragraph("Dimension reduction matters a lot for"
                        + " search, sensing and streaming algebra.", 1))),
                new Section("2 Parent heading", 1, 2, List.of())),
                List.of(), List.of("ref"), Map.of());

        Paper body = DatasetPapers.withoutAbstract(read, abstractText);

        assertThat(body.abstractText()).isEmpty();
        assertThat(body.sections()).extracting(Section::heading).containsExactly("", "1 Introduction", "2 Parent heading");
        assertThat(body.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("Short line.");
        assertThat(DatasetPapers.withoutAbstract(read, "").sections()).extracting(Section::heading)
                .containsExactly("", "1 Introduction", "2 Parent heading");
        assertThat(DatasetPapers.withoutAbstract(read, "").sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void abstractHeadingsAreRecognisedWhateverTheirCaseNumberingOrPunctuation() {
        assertThat(List.of("Abstract", "ABSTRACT", "Abstract:", "1 Abstract", " abstract. "))
                .allMatch(DatasetPapers::isAbstractHeading);
        assertThat(List.of("Abstracts", "1 Introduction", "Abstract Interpretation", ""))
                .noneMatch(DatasetPapers::isAbstractHeading);
    }

    @Test
    void aPaperBodyBecomesAnExampleForTheLeadBaseline() {
        Paper paper = new Paper(new PaperId("sha256", "abc"), "", List.of(), "", List.of(
                new Section("1 Intro", 1, 1, List.of(new Paragraph("First sentence here. Second one.", 1))),
                new Section("2 More", 1, 2, List.of(new Paragraph("Third.", 2)))), List.of(), List.of(), Map.of());

        SummarizationExample example = DatasetPapers.toExample("paper.pdf", paper, List.of("gold"));

        assertThat(example.paperId()).isEqualTo("paper.pdf");
        assertThat(example.title()).isNull();
        assertThat(example.sourceParagraphs()).containsExactly("First sentence here. Second one.", "Third.");
        assertThat(new LeadBaseline().summarizeWithinWords(example, 4)).isEqualTo("First sentence here.");
    }
}
