package io.papyri.api;

/** A source or service that did not answer, or answered with a temporary error. Retryable. */
public class SourceUnavailableException extends PapyriException {

    /**
     * @param message which source failed and what to do
     * @param cause   the underlying error, may be {@code null}
     */
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
