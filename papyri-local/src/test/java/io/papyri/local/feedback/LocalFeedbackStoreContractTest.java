package io.papyri.local.feedback;

import io.papyri.api.spi.FeedbackStore;
import io.papyri.core.feedback.FeedbackStoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The SQLite store keeps the feedback store contract, on a file in a temporary directory. */
class LocalFeedbackStoreContractTest extends FeedbackStoreContract {

    @TempDir
    Path directory;

    @Override
    protected FeedbackStore newStore() {
        return new LocalFeedbackStore(directory.resolve("store"));
    }

    @Override
    protected FeedbackStore reopen() {
        return new LocalFeedbackStore(directory.resolve("store"));
    }
}
