package io.papyri.api;

/**
 * The root of every error Papyri reports. Unchecked; its message names the input and what to do.
 */
public class PapyriException extends RuntimeException {

    /**
     * @param message what went wrong, with the input and what to do
     */
    public PapyriException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with the input and what to do
     * @param cause   the underlying error
     */
    public PapyriException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the same call may succeed if tried again later.
     *
     * @return {@code false} unless a subclass says otherwise
     */
    public boolean isRetryable() {
        return false;
    }
}
