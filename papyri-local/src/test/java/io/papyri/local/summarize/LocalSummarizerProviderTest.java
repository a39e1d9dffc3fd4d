package io.papyri.local.summarize;

import io.papyri.api.DocumentLimits;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.Summary;
import io.papyri.api.SummaryStyle;
import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;
import io.papyri.core.Papyri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSummarizerProviderTest {

    @TempDir
    Path store;

    /** Settings from a map; shares nothing, like the SPI's default. */
    private record MapContext(Map<String, String> settings) implements ProviderContext {
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
    void isFoundAsTheLocalSummarizerProvider() {
        assertThat(ServiceLoader.load(SummarizerProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider.name()).isEqualTo("local");
                    assertThat(provider).isInstanceOf(LocalSummarizerProvider.class);
                    assertThat(provider.description()).isNotBlank();
                });
    }

    @Test
    void readsItsSettings() {
        Summarizer summarizer = new LocalSummarizerProvider().create(new MapContext(Map.of(
                SummarizerSettings.ABSTRACT_WORDS, "120", SummarizerSettings.SECTION_SENTENCES, "2")));
        try {
            assertThat(summarizer).isInstanceOfSatisfying(ExtractiveSummarizer.class, s -> {
                assertThat(s.settings().abstractWords()).isEqualTo(120);
                assertThat(s.settings().sectionSentences()).isEqualTo(2);
            });
        } finally {
            summarizer.close();
        }
    }

    @Test
    void refusesSettingsOutOfRangeWithTheKeyAndWhatToDo() {
        assertThatThrownBy(() -> SummarizerSettings.from(new MapContext(Map.of(SummarizerSettings.ABSTRACT_WORDS, "5"))))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining(SummarizerSettings.ABSTRACT_WORDS).hasMessageContaining("from 30 to 2000");
        assertThatThrownBy(() -> SummarizerSettings.from(new MapContext(Map.of(SummarizerSettings.SECTION_SENTENCES,
                "many")))).isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining(SummarizerSettings.SECTION_SENTENCES);
    }

    @Test
    void papyriSummarizesWithItByDefault() {
        try (Papyri papyri = Papyri.builder().withoutLogging().setting("papyri.store.dir", store.toString()).build()) {
            Summary summary = papyri.summarize(SamplePapers.irrigationStudy(), SummaryStyle.TLDR);

            assertThat(summary.provenance().provider()).isEqualTo("local");
            assertThat(summary.text()).isEqualTo(SamplePapers.KEY_SENTENCE);
        }
    }
}
