package io.papyri.api.spi;

/** Creates {@link FeedbackStore} instances; register implementations in {@code META-INF/services/io.papyri.api.spi.FeedbackStoreProvider}. */
public interface FeedbackStoreProvider extends Provider<FeedbackStore> {
}
