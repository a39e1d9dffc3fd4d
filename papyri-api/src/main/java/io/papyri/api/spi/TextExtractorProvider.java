package io.papyri.api.spi;

/** Creates {@link TextExtractor} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.TextExtractorProvider}. */
public interface TextExtractorProvider extends Provider<TextExtractor> {
}
