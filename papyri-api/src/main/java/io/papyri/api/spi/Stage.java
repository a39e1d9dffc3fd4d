package io.papyri.api.spi;

/** What every stage shares: it may hold resources (models, pools, connections) that {@link #close()} releases. */
public interface Stage extends AutoCloseable {

    /** Releases what this stage holds. The default holds nothing. */
    @Override
    default void close() {
    }
}
