package io.papyri.local.qa;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.QuestionAnswererProvider;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalQuestionAnswererProviderTest {

    /** Settings from a map; keeps what it hands out as shared, so the test can close it. */
    private record MapContext(Map<String, String> settings, List<AutoCloseable> made) implements ProviderContext {

        MapContext(Map<String, String> settings) {
            this(settings, new ArrayList<>());
        }

        @Override
        public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> create) {
            T object = create.get();
            made.add(object);
            return object;
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.ofNullable(settings.get(key));
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public DocumentLimits limits() {
            return DocumentLimits.DEFAULT;
        }
    }

    @Test
    void isFoundAsTheLocalQuestionAnswererProvider() {
        assertThat(ServiceLoader.load(QuestionAnswererProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider.name()).isEqualTo("local");
                    assertThat(provider).isInstanceOf(LocalQuestionAnswererProvider.class);
                    assertThat(provider.description()).isNotBlank();
                });
    }

    @Test
    void createsAnAnswererWithItsSettings() throws Exception {
        MapContext context = new MapContext(Map.of(
                AnswererSettings.EVIDENCE_PASSAGES, "1", AnswererSettings.MIN_SUPPORT, "0.25"));
        QuestionAnswerer answerer = new LocalQuestionAnswererProvider().create(context);
        assertThat(answerer).isInstanceOfSatisfying(LocalQuestionAnswerer.class, a -> {
            assertThat(a.settings().evidencePassages()).isEqualTo(1);
            assertThat(a.settings().minSupport()).isEqualTo(0.25);
            assertThat(a.settings().sentenceDense()).isEqualTo(AnswererSettings.DEFAULT.sentenceDense());
        });
        assertThat(context.made()).as("the answerer uses the indexer shared by the local providers").hasSize(1);
        for (AutoCloseable shared : context.made()) {
            shared.close();
        }
    }

    @Test
    void refusesSettingsOutOfRangeWithTheKeyAndWhatToDo() {
        assertThatThrownBy(() -> AnswererSettings.from(new MapContext(Map.of(AnswererSettings.EVIDENCE_PASSAGES, "0"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining(AnswererSettings.EVIDENCE_PASSAGES).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> AnswererSettings.from(new MapContext(Map.of(AnswererSettings.MIN_SUPPORT, "high"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining(AnswererSettings.MIN_SUPPORT);
        assertThatThrownBy(() -> AnswererSettings.from(new MapContext(Map.of(AnswererSettings.MIN_SUPPORT, "1.5"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("from 0");
    }

    @Test
    void theConfigHashFollowsTheSettings() {
        assertThat(AnswererSettings.DEFAULT.configHash()).hasSize(12)
                .isEqualTo(AnswererSettings.DEFAULT.withMinSupport(0.5).configHash())
                .isNotEqualTo(AnswererSettings.DEFAULT.withMinSupport(0.4).configHash());
    }
}
