package io.papyri.api.spi;

/** Creates {@link Cleaner} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.CleanerProvider}. */
public interface CleanerProvider extends Provider<Cleaner> {
}
