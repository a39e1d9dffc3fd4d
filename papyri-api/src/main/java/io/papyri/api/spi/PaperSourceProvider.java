package io.papyri.api.spi;

/** Creates {@link PaperSource} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.PaperSourceProvider}. */
public interface PaperSourceProvider extends Provider<PaperSource> {
}
