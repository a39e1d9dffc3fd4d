package io.papyri.core.arxiv;

import io.papyri.api.PapyriException;

/**
 * arXiv refused a request: its API answered with an error feed (a malformed id, a bad query, too
 * many results asked for) or with an HTTP status that trying again will not change. Not retryable:
 * fix the request. {@link #arxivMessage()} holds arXiv's own words, such as
 * {@code incorrect id format for abc}.
 */
public class ArxivApiException extends PapyriException {

    /** The HTTP status arXiv answered with. */
    private final int status;
    /** arXiv's explanation, or {@code null}. */
    private final String arxivMessage;
    /** The URL that was asked for. */
    private final String requestUrl;

    /**
     * @param status       the HTTP status arXiv answered with
     * @param arxivMessage arXiv's explanation from the error feed, or {@code null} when it gave none
     * @param requestUrl   the URL that was asked for
     * @param message      what went wrong and what to do
     */
    public ArxivApiException(int status, String arxivMessage, String requestUrl, String message) {
        super(message);
        this.status = status;
        this.arxivMessage = arxivMessage;
        this.requestUrl = requestUrl;
    }

    /** @return the HTTP status arXiv answered with */
    public int status() {
        return status;
    }

    /** @return arXiv's explanation from its error feed, or {@code null} when it gave none */
    public String arxivMessage() {
        return arxivMessage;
    }

    /** @return the URL that was asked for */
    public String requestUrl() {
        return requestUrl;
    }
}
