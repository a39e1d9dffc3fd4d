package io.papyri.core.arxiv.internal;

/** A response that is not a well-formed arXiv Atom feed, or one that was refused as unsafe. */
public final class FeedFormatException extends Exception {

    /**
     * @param message what is wrong with the feed
     */
    public FeedFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the feed
     * @param cause   the parser's error
     */
    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
