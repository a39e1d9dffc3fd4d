package io.papyri.examples.web;

import io.javalin.http.HttpResponseException;
import io.papyri.api.InvalidDocumentException;
import io.papyri.api.PaperNotFoundException;
import io.papyri.api.PapyriException;
import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.RatingConflictException;
import io.papyri.api.SourceUnavailableException;
import io.papyri.api.UnknownOutputException;

/** Which problem an error is: the HTTP status, title and detail users see for each kind of failure. */
final class WebErrors {

    private WebErrors() {
    }

    /**
     * The problem to answer with for an error thrown while handling a request.
     *
     * @param error what went wrong
     * @return the problem; unexpected errors become a 500 that shows no internals
     */
    static Problem problem(Throwable error) {
        if (error instanceof Problem problem) {
            return problem;
        }
        if (error instanceof HttpResponseException http) {
            return http.getStatus() == 413
                    ? new Problem(413, "Body too large", "The body is larger than this server accepts; send less.")
                    : new Problem(http.getStatus(), "HTTP " + http.getStatus(), detailOrStatus(http));
        }
        if (error instanceof PaperNotFoundException || error instanceof UnknownOutputException) {
            return Problem.notFound(detail(error));
        }
        if (error instanceof RatingConflictException) {
            return new Problem(409, "Conflict", detail(error));
        }
        if (error instanceof InvalidDocumentException) {
            return new Problem(422, "Unreadable document", detail(error));
        }
        if (error instanceof SourceUnavailableException) {
            return new Problem(503, "Source unavailable", detail(error), 30);
        }
        if (error instanceof ProviderConfigurationException) {
            return new Problem(500, "Server misconfigured", detail(error));
        }
        if (error instanceof IllegalArgumentException) {
            return Problem.badRequest(detail(error));
        }
        return new Problem(500, "Internal error", "Something went wrong on the server; the request id in the"
                + " X-Request-Id header finds it in the log.");
    }

    private static String detailOrStatus(HttpResponseException error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "The request could not be served." : message;
    }

    /**
     * The message of an error that Papyri or this app wrote for users, or a general one.
     *
     * @param error the error
     * @return a message that says what to do
     */
    static String detail(Throwable error) {
        String message = error.getMessage();
        boolean ours = error instanceof PapyriException || error instanceof IllegalArgumentException
                || error instanceof Problem;
        if (ours && message != null && !message.isBlank()) {
            return message.replaceAll("\\s+", " ").strip();
        }
        return "Something went wrong on the server.";
    }
}
