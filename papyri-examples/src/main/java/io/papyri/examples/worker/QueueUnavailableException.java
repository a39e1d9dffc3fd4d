package io.papyri.examples.worker;

import io.papyri.api.SourceUnavailableException;

/** The work queue did not answer or refused a request (unreachable, no such queue, no permission). */
public final class QueueUnavailableException extends SourceUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the queue URL
     * @param cause   the client's error
     */
    public QueueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
