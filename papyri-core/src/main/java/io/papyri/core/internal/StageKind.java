package io.papyri.core.internal;

import io.papyri.api.spi.ChatAgent;
import io.papyri.api.spi.ChatAgentProvider;
import io.papyri.api.spi.Cleaner;
import io.papyri.api.spi.CleanerProvider;
import io.papyri.api.spi.FeedbackStore;
import io.papyri.api.spi.FeedbackStoreProvider;
import io.papyri.api.spi.PaperSource;
import io.papyri.api.spi.PaperSourceProvider;
import io.papyri.api.spi.PaperStore;
import io.papyri.api.spi.PaperStoreProvider;
import io.papyri.api.spi.Provider;
import io.papyri.api.spi.QuestionAnswerer;
import io.papyri.api.spi.QuestionAnswererProvider;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;
import io.papyri.api.spi.TextExtractor;
import io.papyri.api.spi.TextExtractorProvider;

/**
 * The eight SPIs, each with its provider interface, the setting that picks a provider
 * ({@code papyri.<key>}) and the default provider name.
 */
public enum StageKind {
    /** Where papers are found. */
    SOURCE(PaperSource.class, PaperSourceProvider.class, "source", "arxiv"),
    /** Where artifacts are kept. */
    STORE(PaperStore.class, PaperStoreProvider.class, "store", "local"),
    /** PDF to layout. */
    EXTRACTOR(TextExtractor.class, TextExtractorProvider.class, "extractor", "pdfbox"),
    /** Layout to paper. */
    CLEANER(Cleaner.class, CleanerProvider.class, "cleaner", "local"),
    /** Summaries. */
    SUMMARIZER(Summarizer.class, SummarizerProvider.class, "summarizer", "local"),
    /** Answers. */
    ANSWERER(QuestionAnswerer.class, QuestionAnswererProvider.class, "answerer", "local"),
    /** Chat. */
    CHAT(ChatAgent.class, ChatAgentProvider.class, "chat", "local"),
    /** Ratings. */
    FEEDBACK(FeedbackStore.class, FeedbackStoreProvider.class, "feedback", "local");

    private final Class<?> stage;
    private final Class<? extends Provider<?>> provider;
    private final String key;
    private final String defaultName;

    StageKind(Class<?> stage, Class<? extends Provider<?>> provider, String key, String defaultName) {
        this.stage = stage;
        this.provider = provider;
        this.key = key;
        this.defaultName = defaultName;
    }

    /** @return the stage interface */
    public Class<?> stage() {
        return stage;
    }

    /** @return the provider interface registered in {@code META-INF/services} */
    public Class<? extends Provider<?>> provider() {
        return provider;
    }

    /** @return the setting that picks the provider, such as {@code papyri.extractor} */
    public String settingKey() {
        return "papyri." + key;
    }

    /** @return the provider used when nothing picks one */
    public String defaultName() {
        return defaultName;
    }
}
