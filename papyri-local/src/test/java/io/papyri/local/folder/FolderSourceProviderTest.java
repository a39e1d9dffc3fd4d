package io.papyri.local.folder;

import io.papyri.api.PaperMetadata;
import io.papyri.api.PdfDocument;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.SearchQuery;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperSourceProvider;
import io.papyri.core.Papyri;
import io.papyri.local.store.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The folder provider is found by name and configured from settings. */
class FolderSourceProviderTest {

    @TempDir
    Path folder;
    @TempDir
    Path store;

    @Test
    void isFoundAsFolderAndKeepsItsIndexUnderTheStoreDirectory() throws IOException {
        Files.write(folder.resolve("paper.pdf"), PaperPdf.paper("Learning to Read Papers by Machine",
                "Ada Lovelace", "We read papers by machine and find their titles and abstracts."));
        PaperSourceProvider provider = provider();

        try (PaperSource source = provider.create(TestContext.of(Map.of(
                FolderSourceProvider.DIR, folder.toString(), "papyri.store.dir", store.toString())))) {
            assertThat(source).isInstanceOf(FolderSource.class);
            assertThat(((FolderSource) source).list()).extracting(PaperMetadata::title)
                    .containsExactly("Learning to Read Papers by Machine");
            Path index = ((FolderSource) source).indexFile();
            assertThat(index).startsWith(store.resolve(FolderSourceProvider.INDEX_DIRECTORY)).exists();
            assertThat(index.getFileName().toString()).matches(folder.getFileName() + "-[0-9a-f]{16}\\.db");
        }
        try (var inFolder = Files.list(folder)) {
            assertThat(inFolder).as("the folder is not written to").containsExactly(folder.resolve("paper.pdf"));
        }
    }

    @Test
    void worksThroughThePapyriFacadeTogetherWithTheLocalStore() throws IOException {
        Files.write(folder.resolve("paper.pdf"), PaperPdf.paper("Learning to Read Papers by Machine",
                "Ada Lovelace", "We read papers by machine and find their titles and abstracts."));

        try (Papyri papyri = Papyri.builder().source("folder").store("local")
                .setting(FolderSourceProvider.DIR, folder.toString())
                .setting("papyri.store.dir", store.toString())
                .build()) {
            PaperMetadata found = papyri.search(SearchQuery.of("machine")).findFirst().orElseThrow();
            PdfDocument pdf = papyri.fetch(found.id());
            papyri.store().put(found.id(), "paper.pdf", pdf.content());

            assertThat(found.id()).hasToString("folder:paper.pdf");
            assertThat(papyri.store().record(found.id()).orElseThrow().pdfSha256()).isEqualTo(pdf.sha256());
            assertThat(store.resolve("papers/folder_paper.pdf/paper.pdf")).hasBinaryContent(pdf.content());
        }
    }

    @Test
    void theIndexCanBePlacedExplicitly() {
        Path index = store.resolve("elsewhere/library.db");

        try (FolderSource source = (FolderSource) provider().create(TestContext.of(Map.of(
                FolderSourceProvider.DIR, folder.toString(), FolderSourceProvider.INDEX, index.toString())))) {
            assertThat(source.indexFile()).isEqualTo(index);
            assertThat(index).exists();
        }
    }

    @Test
    void aMissingOrWrongFolderSaysWhatToSet() throws IOException {
        Path file = Files.createFile(folder.resolve("file.pdf"));

        assertThatThrownBy(() -> provider().create(TestContext.of(Map.of())))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("papyri.folder.dir").hasMessageContaining("PAPYRI_FOLDER_DIR");
        assertThatThrownBy(() -> provider().create(TestContext.of(Map.of(FolderSourceProvider.DIR, file.toString()))))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> provider().create(TestContext.of(Map.of(FolderSourceProvider.DIR,
                folder.resolve("missing").toString()))))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> provider().create(TestContext.of(Map.of(FolderSourceProvider.DIR, folder.toString(),
                FolderSourceProvider.THREADS, "0"))))
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining(FolderSourceProvider.THREADS);
    }

    private static PaperSourceProvider provider() {
        return ServiceLoader.load(PaperSourceProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("folder"))
                .findFirst().orElseThrow();
    }
}
