package io.papyri.local.summarize;

import io.papyri.api.spi.ProviderContext;
import io.papyri.api.spi.Summarizer;
import io.papyri.api.spi.SummarizerProvider;
import io.papyri.local.index.PassageIndexer;

/**
 * Provides the {@link ExtractiveSummarizer} under the name {@code local}; registered in
 * {@code META-INF/services/io.papyri.api.spi.SummarizerProvider}. It needs no model server: it
 * works on the passage index shared by the local providers ({@link PassageIndexer#shared}), with
 * the {@code papyri.embedding.*} settings of that index and the {@code papyri.summarize.*} settings
 * described in {@link SummarizerSettings}.
 */
public final class LocalSummarizerProvider implements SummarizerProvider {

    /** The provider name. */
    public static final String NAME = ExtractiveSummarizer.PROVIDER;

    /** Needed by {@link java.util.ServiceLoader}. */
    public LocalSummarizerProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Extractive summaries offline: picks the paper's most telling sentences (TLDR, abstract-length or"
                + " per section), each with its section and page; needs no API key or model server.";
    }

    @Override
    public Summarizer create(ProviderContext context) {
        SummarizerSettings settings = SummarizerSettings.from(context);
        return new ExtractiveSummarizer(PassageIndexer.shared(context), settings);
    }
}
