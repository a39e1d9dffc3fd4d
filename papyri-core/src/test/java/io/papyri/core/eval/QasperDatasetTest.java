package io.papyri.core.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QasperDatasetTest {

    static final String RECORD = "{\"paper_id\": \"1905.08067\", \"title\": \"Quokka Reading\", "
            + "\"abstract\": \"We study quokkas.\", "
            + "\"sections\": [{\"heading\": \"Introduction\", \"paragraphs\": [\" Quokkas  read papers. \", \"Second.\"]},"
            + " {\"heading\": \"Method ::: Data\", \"paragraphs\": []}], "
            + "\"figures_and_tables\": [{\"file\": \"a.png\", \"caption\": \"Table 1\"}], "
            + "\"questions\": [{\"question_id\": \"q1\", \"question\": \"Who reads? \", \"answers\": ["
            + "{\"type\": \"extractive\", \"text\": \"Quokkas\", \"extractive_spans\": [\"Quokkas\"],"
            + " \"evidence\": [\" Quokkas  read papers. \"], \"highlighted_evidence\": [\"x\"]},"
            + "{\"type\": \"unanswerable\", \"text\": \"Unanswerable\", \"evidence\": []}]}]}";

    @TempDir
    Path dir;

    @Test
    void readsPapersKeepingEveryStringExactly() throws IOException {
        Path file = write("\n" + RECORD + "\n\n");

        List<QasperPaper> papers = QasperDataset.read(file);

        assertThat(papers).singleElement().satisfies(paper -> {
            assertThat(paper.paperId()).isEqualTo("1905.08067");
            assertThat(paper.title()).isEqualTo("Quokka Reading");
            assertThat(paper.abstractText()).isEqualTo("We study quokkas.");
            assertThat(paper.sections()).extracting(QasperPaper.QasperSection::heading)
                    .containsExactly("Introduction", "Method ::: Data");
            assertThat(paper.sections().get(0).paragraphs()).containsExactly(" Quokkas  read papers. ", "Second.");
            assertThat(paper.sections().get(1).paragraphs()).isEmpty();
            assertThat(paper.questions()).singleElement().satisfies(question -> {
                assertThat(question.questionId()).isEqualTo("q1");
                assertThat(question.question()).isEqualTo("Who reads? ");
                assertThat(question.answers()).containsExactly(
                        new QasperGoldAnswer(QasperAnswerType.EXTRACTIVE, "Quokkas", List.of(" Quokkas  read papers. ")),
                        new QasperGoldAnswer(QasperAnswerType.UNANSWERABLE, "Unanswerable", List.of()));
            });
        });
        Map<String, List<QasperGoldAnswer>> gold = QasperDataset.gold(papers);
        assertThat(gold).containsOnlyKeys("q1");
        assertThat(gold.get("q1")).hasSize(2);
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLineNumber() throws IOException {
        Path file = write(RECORD + "\n{\"paper_id\": \n");

        assertThatThrownBy(() -> QasperDataset.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file + ":2: not valid JSON");
    }

    @Test
    void missingFieldsAndUnknownAnswerTypesNameTheLine() throws IOException {
        Path noSections = write("{\"paper_id\": \"p\", \"questions\": []}\n");
        Path badType = write(RECORD + "\n" + RECORD.replace("\"unanswerable\"", "\"maybe\"") + "\n");
        Path noAnswers = write(RECORD.replaceAll("\"answers\": \\[.*\\]}]}$", "\"answers\": []}]}") + "\n");

        assertThatThrownBy(() -> QasperDataset.read(noSections)).hasMessageContaining(":1: paper p: missing field \"sections\"");
        assertThatThrownBy(() -> QasperDataset.read(badType)).hasMessageContaining(":2: unknown QASPER answer type: maybe");
        assertThatThrownBy(() -> QasperDataset.read(noAnswers)).hasMessageContaining(":1: question q1 has no annotator answer");
    }

    @Test
    void duplicateQuestionIdsAreRefused() throws IOException {
        List<QasperPaper> twice = QasperDataset.read(write(RECORD + "\n" + RECORD + "\n"));

        assertThatThrownBy(() -> QasperDataset.gold(twice)).hasMessageContaining("q1 appears twice");
    }

    @Test
    void readsTheSharedDevFile() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        Path file = shared == null ? null : Path.of(shared, "eval", "qasper-dev.jsonl");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "the shared QASPER dev file is not at " + file + "; set papyri.shared.dir to the folder holding eval/");

        List<QasperPaper> papers = QasperDataset.read(file);

        // counts from the data README: 120 papers, 426 questions, 1,042 annotator answers
        assertThat(papers).hasSize(120);
        assertThat(QasperDataset.gold(papers)).hasSize(426);
        assertThat(papers.stream().flatMap(p -> p.questions().stream()).mapToInt(q -> q.answers().size()).sum())
                .isEqualTo(1042);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "qasper", ".jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
