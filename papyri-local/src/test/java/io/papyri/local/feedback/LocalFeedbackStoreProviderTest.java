package io.papyri.local.feedback;

import io.papyri.api.FeedbackQuery;
import io.papyri.api.FeedbackTarget;
import io.papyri.api.PaperId;
import io.papyri.api.Provenance;
import io.papyri.api.Rating;
import io.papyri.api.spi.FeedbackStore;
import io.papyri.api.spi.FeedbackStoreProvider;
import io.papyri.core.Papyri;
import io.papyri.local.store.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider is found as {@code local}, keeps ratings under {@code papyri.store.dir}, and backs the facade. */
class LocalFeedbackStoreProviderTest {

    @TempDir
    Path root;

    private static Rating rating(String key, int score) {
        return new Rating(key, "out-" + key, FeedbackTarget.SUMMARY, PaperId.parse("arxiv:1706.03762"),
                new Provenance("local", "extractive-1", "cfg"), "", "session-1", score, "clear", List.of(),
                Instant.parse("2025-06-01T12:00:00Z"));
    }

    @Test
    void isFoundAsLocalAndKeepsItsDatabaseUnderTheStoreDirectory() {
        FeedbackStoreProvider provider = ServiceLoader.load(FeedbackStoreProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("local"))
                .findFirst().orElseThrow();
        Path configured = root.resolve("nested/store");

        try (FeedbackStore store = provider.create(TestContext.of(Map.of("papyri.store.dir", configured.toString())))) {
            store.submit(rating("provider-1", 4));

            assertThat(store).isInstanceOf(LocalFeedbackStore.class);
            assertThat(((LocalFeedbackStore) store).file()).isEqualTo(configured.resolve("feedback.db"));
            assertThat(configured.resolve("feedback.db")).isRegularFile();
        }
        assertThat(provider).isInstanceOf(LocalFeedbackStoreProvider.class);
        assertThat(provider.description()).contains("papyri.store.dir").contains("feedback.db");
    }

    @Test
    void theFacadeRatesThroughItAndRatingsOutliveTheInstance() {
        Rating first = rating("facade-1", 5);
        try (Papyri papyri = Papyri.builder().withoutLogging().setting("papyri.store.dir", root.toString()).build()) {
            assertThat(papyri.providers()).containsEntry("feedback", "local");

            assertThat(papyri.rate(first)).isEqualTo(first);
            assertThat(papyri.rate(first)).as("a retry is stored once").isEqualTo(first);
            papyri.rate(rating("facade-2", 2));
        }

        try (Papyri papyri = Papyri.builder().withoutLogging().setting("papyri.store.dir", root.toString()).build()) {
            assertThat(papyri.ratings(FeedbackQuery.all())).extracting(Rating::idempotencyKey)
                    .containsExactly("facade-1", "facade-2");
        }
        assertThat(root.resolve("feedback.db")).isRegularFile();
    }
}
