package io.papyri.core.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithTheirFacts() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), """
                [{"file": "1706.03762.pdf", "arxiv_id": "1706.03762", "title": "Attention",
                  "authors": ["A", "B"], "abstract": "The dominant models.", "pages": 15, "layout": "one-column",
                  "scanned": false, "section_headings": ["1 Introduction"], "notes": "ignored"},
                 {"file": "scan.pdf", "arxiv_id": null, "abstract": null, "scanned": true}]
                """);

        List<CorpusEntry> entries = CorpusManifest.read(dir);

        assertThat(entries).containsExactly(
                new CorpusEntry("1706.03762.pdf", "1706.03762", "Attention", List.of("A", "B"), "The dominant models.",
                        15, false, List.of("1 Introduction")),
                new CorpusEntry("scan.pdf", null, "", List.of(), "", 0, true, List.of()));
        assertThat(entries.get(0).hasAbstract()).isTrue();
        assertThat(entries.get(1).hasAbstract()).isFalse();
        assertThat(entries.get(0).pdf(dir)).isEqualTo(dir.resolve("pdfs").resolve("1706.03762.pdf"));
    }

    @Test
    void badManifestsSayWhatIsWrongAndWhere() throws IOException {
        assertThatThrownBy(() -> CorpusManifest.read(dir)).isInstanceOf(NoSuchFileException.class);

        Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"a.pdf\"},\n {\"file\": ");
        assertThatThrownBy(() -> CorpusManifest.read(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("manifest.json:2: not valid JSON");

        Files.writeString(dir.resolve("manifest.json"), "{\"file\": \"a.pdf\"}");
        assertThatThrownBy(() -> CorpusManifest.read(dir)).hasMessageContaining("expected a JSON array");

        Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"a.pdf\"}, {\"file\": \"../etc/passwd\"}]");
        assertThatThrownBy(() -> CorpusManifest.read(dir)).hasMessageContaining("entry 2")
                .hasMessageContaining("must be a file name inside pdfs/");

        Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"a.pdf\", \"abstract\": 3}]");
        assertThatThrownBy(() -> CorpusManifest.read(dir)).hasMessageContaining("entry 1")
                .hasMessageContaining("\"abstract\" must be a string");
    }

    @Test
    void readsTheSharedCorpusManifest() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("manifest.json")),
                "the shared corpus is not at " + corpus + "; set papyri.shared.dir to the folder holding corpus/");

        List<CorpusEntry> entries = CorpusManifest.read(corpus);

        assertThat(entries).hasSize(21);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.pdf(corpus)).isRegularFile());
        assertThat(entries).filteredOn(CorpusEntry::scanned).extracting(CorpusEntry::file)
                .contains("probabilistic-counting-algorithms.pdf");
        assertThat(entries).filteredOn(CorpusEntry::hasAbstract).hasSizeGreaterThan(15);
    }
}
