package io.papyri.examples.web;

import java.util.Objects;

/**
 * An error to answer with an RFC 9457 problem: an HTTP status, a short title and a detail that
 * says what to do. Thrown by handlers; the app turns it into {@code application/problem+json} for the
 * API and into an error page for the browser.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final long retryAfterSeconds;

    Problem(int status, String title, String detail) {
        this(status, title, detail, 0);
    }

    Problem(int status, String title, String detail, long retryAfterSeconds) {
        super(Objects.requireNonNull(detail, "detail"));
        this.status = status;
        this.title = Objects.requireNonNull(title, "title");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Invalid request", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    /** @return the HTTP status */
    int status() {
        return status;
    }

    /** @return the short, general title */
    String title() {
        return title;
    }

    /** @return seconds after which a retry may succeed, 0 when not said */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
