package io.papyri.api.spi;

/** Creates {@link Summarizer} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.SummarizerProvider}. */
public interface SummarizerProvider extends Provider<Summarizer> {
}
