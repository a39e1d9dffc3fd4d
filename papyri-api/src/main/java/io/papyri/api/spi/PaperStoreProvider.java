package io.papyri.api.spi;

/** Creates {@link PaperStore} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.PaperStoreProvider}. */
public interface PaperStoreProvider extends Provider<PaperStore> {
}
