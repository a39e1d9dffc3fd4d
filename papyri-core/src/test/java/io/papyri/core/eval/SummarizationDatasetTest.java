package io.papyri.core.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummarizationDatasetTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("sum-dev.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsFlatAndSectionedRecordsWithoutAbstractInInput() throws IOException {
        Path file = write(
                "{\"paper_id\": \"P1\", \"title\": \"Flat\", \"source_text\": \"We study X. It works.\","
                        + " \"abstract\": \"ABSTRACT ONE\", \"references\": [\"tldr a\", \"tldr b\"],"
                        + " \"reference_kinds\": [\"author\", \"peer_review_derived\"]}",
                "",
                "{\"paper_id\": \"P2\", \"title\": null, \"source_text_sections\": ["
                        + "{\"heading\": \"introduction\", \"paragraphs\": [\"intro one .\", \"intro two .\"]},"
                        + "{\"heading\": \"parent\", \"paragraphs\": []},"
                        + "{\"heading\": \"method\", \"paragraphs\": [\"method text .\"]}],"
                        + " \"abstract\": \"GOLD ABSTRACT\", \"references\": [\"GOLD ABSTRACT\"],"
                        + " \"source\": {\"dataset\": \"arXiv\"}}");

        List<SummarizationExample> examples = SummarizationDataset.read(file);

        assertThat(examples).hasSize(2);
        SummarizationExample flat = examples.get(0);
        assertThat(flat.paperId()).isEqualTo("P1");
        assertThat(flat.title()).isEqualTo("Flat");
        assertThat(flat.sourceSections()).isEmpty();
        assertThat(flat.sourceText()).isEqualTo("We study X. It works.");
        assertThat(flat.sourceParagraphs()).containsExactly("We study X. It works.");
        assertThat(flat.references()).containsExactly("tldr a", "tldr b");

        SummarizationExample sectioned = examples.get(1);
        assertThat(sectioned.paperId()).isEqualTo("P2");
        assertThat(sectioned.title()).isNull();
        assertThat(sectioned.sourceSections()).extracting(SummarizationExample.SourceSection::heading)
                .containsExactly("introduction", "parent", "method");
        assertThat(sectioned.sourceSections().get(0).paragraphs()).containsExactly("intro one .", "intro two .");
        assertThat(sectioned.sourceText()).isEqualTo("intro one .\n\nintro two .\n\nmethod text .");
        assertThat(sectioned.sourceText()).doesNotContain("GOLD", "introduction", "method text .\n\nGOLD");
        assertThat(sectioned.sourceParagraphs()).containsExactly("intro one .", "intro two .", "method text .");
        assertThat(sectioned.references()).containsExactly("GOLD ABSTRACT");
    }

    @Test
    void malformedJsonNamesFileAndLine() throws IOException {
        Path file = write("{\"paper_id\": \"P1\", \"source_text\": \"x\", \"references\": [\"y\"]}", "{not json");

        assertThatThrownBy(() -> SummarizationDataset.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString() + ":2:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void missingReferencesOrInputNamesFileLineAndField() throws IOException {
        Path noReferences = write("{\"paper_id\": \"P1\", \"source_text\": \"x\", \"references\": []}");
        assertThatThrownBy(() -> SummarizationDataset.read(noReferences))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(":1:")
                .hasMessageContaining("references");

        Path onlyAbstract = write("{\"paper_id\": \"P9\", \"abstract\": \"a\", \"references\": [\"a\"]}");
        assertThatThrownBy(() -> SummarizationDataset.read(onlyAbstract))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(":1:")
                .hasMessageContaining("P9")
                .hasMessageContaining("source_text");

        Path wrongType = write("{\"paper_id\": 7, \"source_text\": \"x\", \"references\": [\"y\"]}");
        assertThatThrownBy(() -> SummarizationDataset.read(wrongType))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("paper_id");
    }
}
