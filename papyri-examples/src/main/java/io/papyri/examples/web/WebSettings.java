package io.papyri.examples.web;

import java.util.List;
import java.util.Objects;

/**
 * How the web app listens and defends itself.
 *
 * @param host              the address to listen on; {@code 127.0.0.1} keeps it private to the machine
 * @param port              the port, 0 for any free one
 * @param corsOrigins       origins allowed to call the API from other sites; empty turns CORS off
 * @param apiKey            when not empty, write requests must carry it ({@code X-API-Key} or
 *                          {@code Authorization: Bearer}); empty means no key is asked for
 * @param requestsPerMinute costly requests (searches, new papers, answers, chats, ratings) one client may
 *                          make per minute
 * @param maxBodyBytes      the largest request body accepted
 * @param experiment        the experiment whose variants serve users, or empty for none
 */
public record WebSettings(String host, int port, List<String> corsOrigins, String apiKey, int requestsPerMinute,
                          long maxBodyBytes, String experiment) {

    /** The default body limit: a question, a chat message or a rating with its comment fit many times over. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** The default number of costly requests per client and minute. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;

    /**
     * Checks the settings.
     *
     * @param host the address
     * @param port the port
     * @param corsOrigins allowed origins
     * @param apiKey the key, or empty
     * @param requestsPerMinute the limit per client
     * @param maxBodyBytes the body limit
     * @param experiment the experiment's name, or empty
     * @throws IllegalArgumentException when a value is out of range
     */
    public WebSettings {
        Objects.requireNonNull(host, "host");
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(experiment, "experiment");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, was " + port + ".");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("--rate-limit must be at least 1 request per minute, was "
                    + requestsPerMinute + ".");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("--max-body must be at least 1024 bytes, was " + maxBodyBytes + ".");
        }
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("--cors-origin '" + origin
                        + "' is not an origin; give scheme, host and optional port, such as https://papers.example.org.");
            }
        }
    }

    /**
     * Settings for a machine of one's own: this machine only, no CORS, no key, default limits.
     *
     * @param port the port, 0 for any free one
     * @return the settings
     */
    public static WebSettings local(int port) {
        return new WebSettings("127.0.0.1", port, List.of(), "", DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_MAX_BODY_BYTES, "");
    }
}
