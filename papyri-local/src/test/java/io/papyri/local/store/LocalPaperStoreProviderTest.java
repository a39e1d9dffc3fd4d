package io.papyri.local.store;

import io.papyri.api.PaperId;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.PaperStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The store provider is found by name and takes its root from {@code papyri.store.dir}. */
class LocalPaperStoreProviderTest {

    @TempDir
    Path root;

    @Test
    void isFoundAsLocalAndStoresUnderTheConfiguredDirectory() {
        PaperStoreProvider provider = ServiceLoader.load(PaperStoreProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("local"))
                .findFirst().orElseThrow();
        Path configured = root.resolve("nested/store");

        try (PaperStore store = provider.create(TestContext.of(Map.of("papyri.store.dir", configured.toString())))) {
            store.put(PaperId.parse("arxiv:1706.03762"), "paper.json", "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(store).isInstanceOf(LocalPaperStore.class);
            assertThat(((LocalPaperStore) store).root()).isEqualTo(configured);
            assertThat(configured.resolve("papers/arxiv_1706.03762/paper.json")).hasContent("{}");
            assertThat(configured.resolve("papyri.db")).isRegularFile();
        }
        assertThat(provider.description()).contains("papyri.store.dir");
    }

    @Test
    void theDirectoryDefaultsToDotPapyriInTheHomeDirectoryAndExpandsATilde() {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();

        assertThat(LocalPaperStoreProvider.storeDirectory(TestContext.of(Map.of())))
                .isEqualTo(home.resolve(".papyri"));
        assertThat(LocalPaperStoreProvider.storeDirectory(TestContext.of(Map.of("papyri.store.dir", "~/papers/db"))))
                .isEqualTo(home.resolve("papers/db"));
    }
}
