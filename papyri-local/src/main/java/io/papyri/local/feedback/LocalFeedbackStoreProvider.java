package io.papyri.local.feedback;

import io.papyri.api.spi.FeedbackStore;
import io.papyri.api.spi.FeedbackStoreProvider;
import io.papyri.api.spi.ProviderContext;
import io.papyri.local.store.LocalPaperStoreProvider;

/**
 * Provides the {@link LocalFeedbackStore} under the name {@code local}; registered in
 * {@code META-INF/services/io.papyri.api.spi.FeedbackStoreProvider}.
 *
 * <p>The ratings live in {@value LocalFeedbackStore#DATABASE_FILE} under the local store's root
 * directory: setting {@value LocalPaperStoreProvider#STORE_DIR} (environment {@code PAPYRI_STORE_DIR}),
 * default {@code ~/.papyri}.
 */
public final class LocalFeedbackStoreProvider implements FeedbackStoreProvider {

    /** The provider name. */
    public static final String NAME = "local";

    /** Needed by {@link java.util.ServiceLoader}. */
    public LocalFeedbackStoreProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Keeps ratings durably in an embedded SQLite database, " + LocalFeedbackStore.DATABASE_FILE + " under "
                + LocalPaperStoreProvider.STORE_DIR + " (default ~/" + LocalPaperStoreProvider.DEFAULT_DIRECTORY_NAME
                + ").";
    }

    @Override
    public FeedbackStore create(ProviderContext context) {
        return new LocalFeedbackStore(LocalPaperStoreProvider.storeDirectory(context));
    }
}
