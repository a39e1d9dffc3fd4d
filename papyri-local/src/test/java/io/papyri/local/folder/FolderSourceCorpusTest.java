package io.papyri.local.folder;

import io.papyri.api.PaperId;
import io.papyri.api.PaperMetadata;
import io.papyri.api.SearchQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The folder source over real papers of the shared corpus ({@code ../shared/corpus/pdfs}, found
 * through the system property {@code papyri.shared.dir}), copied into a temporary folder.
 */
class FolderSourceCorpusTest {

    private static final List<String> PAPERS = List.of("1512.03385.pdf", "1706.03762.pdf", "1503.02531.pdf");

    @TempDir
    static Path folder;
    @TempDir
    static Path indexDirectory;

    @BeforeAll
    static void copyCorpusPapers() throws IOException {
        String shared = System.getProperty("papyri.shared.dir");
        assumeTrue(shared != null, "papyri.shared.dir is not set: run through Maven to use the shared corpus");
        Path pdfs = Path.of(shared, "corpus", "pdfs");
        assumeTrue(PAPERS.stream().allMatch(p -> Files.isRegularFile(pdfs.resolve(p))),
                "the shared corpus is not at " + pdfs + ": skipping the tests on real papers");
        for (String paper : PAPERS) {
            Files.copy(pdfs.resolve(paper), folder.resolve(paper));
        }
    }

    @Test
    void realPapersAreListedWithTheirTitles() {
        try (FolderSource source = source()) {
            assertThat(source.list()).extracting(PaperMetadata::title).containsExactly(
                    "Distilling the Knowledge in a Neural Network",
                    "Deep Residual Learning for Image Recognition",
                    "Attention Is All You Need");
        }
    }

    @Test
    void searchRanksTheMatchingPaperFirst() {
        try (FolderSource source = source()) {
            assertThat(source.search(SearchQuery.of("residual learning")).map(PaperMetadata::id))
                    .first().isEqualTo(PaperId.parse("folder:1512.03385.pdf"));
            assertThat(source.search(SearchQuery.of("attention transformer")).map(PaperMetadata::id))
                    .first().isEqualTo(PaperId.parse("folder:1706.03762.pdf"));
        }
    }

    private static FolderSource source() {
        return FolderSource.builder(folder).index(indexDirectory.resolve("index.db")).build();
    }
}
