package io.papyri.core.experiment;

import io.papyri.api.FeedbackTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ExperimentCatalog}: experiments kept as JSON files under a store directory. */
class ExperimentCatalogTest {

    @TempDir
    Path store;

    private static Experiment experiment(String name) {
        return new Experiment(name, FeedbackTarget.SUMMARY, List.of(
                new Variant("control", "local", Map.of("sentences", "3"), 1),
                new Variant("generative", "bedrock", Map.of(), 2.5)));
    }

    @Test
    void anExperimentSurvivesARoundTripThroughItsFile() {
        ExperimentCatalog catalog = new ExperimentCatalog(store);
        Experiment written = catalog.create(experiment("summary-length"));

        assertThat(store.resolve("experiments/summary-length.json")).isRegularFile();
        assertThat(new ExperimentCatalog(store).find("summary-length")).contains(written);
        try (var files = Files.list(store.resolve("experiments"))) {
            assertThat(files).as("no temporary file is left behind").hasSize(1);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listsEveryExperimentByName() {
        ExperimentCatalog catalog = new ExperimentCatalog(store);
        assertThat(catalog.list()).isEmpty();
        catalog.create(experiment("b-test"));
        catalog.create(experiment("a-test"));

        assertThat(catalog.list()).extracting(Experiment::name).containsExactly("a-test", "b-test");
    }

    @Test
    void anUnknownNameIsEmpty() {
        assertThat(new ExperimentCatalog(store).find("nothing-here")).isEmpty();
    }

    @Test
    void refusesToCreateAnExperimentTwice() {
        ExperimentCatalog catalog = new ExperimentCatalog(store);
        catalog.create(experiment("twice"));

        assertThatThrownBy(() -> catalog.create(experiment("twice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        catalog.save(experiment("twice"));
        assertThat(catalog.list()).hasSize(1);
    }

    @Test
    void rejectsNamesThatAreNotExperimentNames() {
        ExperimentCatalog catalog = new ExperimentCatalog(store);

        assertThatThrownBy(() -> catalog.find("../escape"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must match");
        assertThatThrownBy(() -> catalog.find("Upper"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokenFileIsReportedWithItsPath() throws Exception {
        Path dir = Files.createDirectories(store.resolve("experiments"));
        Files.writeString(dir.resolve("broken.json"), "{\"name\":\"broken\",\"target\":\"SUMMARY\",\"variants\":[]}");
        Files.writeString(dir.resolve("garbled.json"), "{not json");
        ExperimentCatalog catalog = new ExperimentCatalog(store);

        assertThatThrownBy(() -> catalog.find("broken"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("at least two variants");
        assertThatThrownBy(() -> catalog.find("garbled"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("garbled.json");
    }
}
