package io.papyri.core.feedback;

import io.papyri.api.spi.FeedbackStore;

/** The contract suite holds for the in-memory store, whose aggregates come from the interface's default. */
class InMemoryFeedbackStoreContractTest extends FeedbackStoreContract {

    private InMemoryFeedbackStore last;

    @Override
    protected FeedbackStore newStore() {
        last = new InMemoryFeedbackStore();
        return last;
    }

    @Override
    protected FeedbackStore reopen() {
        return last.reopened();
    }
}
