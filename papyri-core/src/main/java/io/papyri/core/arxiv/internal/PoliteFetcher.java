package io.papyri.core.arxiv.internal;

import io.papyri.api.ProviderConfigurationException;
import io.papyri.api.SourceUnavailableException;
import io.papyri.core.arxiv.ArxivApiException;
import io.papyri.core.arxiv.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends GET requests to arXiv politely and safely: each hop paced per host
 * ({@link RequestPacer}), with the configured User-Agent and timeout; redirects followed by hand and
 * only to allowed hosts; 429, 5xx and I/O errors retried with backoff, honouring {@code Retry-After}.
 * Any other response is handed to a {@link ResponseReader}. Thread-safe.
 */
public final class PoliteFetcher {

    /** Turns a final (non-redirect, non-retryable) response into a value. */
    @FunctionalInterface
    public interface ResponseReader<T> {
        /**
         * @param url     the URL that answered (after redirects)
         * @param status  its HTTP status
         * @param headers its headers
         * @param body    its body, closed by the caller
         * @return the value
         * @throws IOException when reading the body fails; the request is then retried
         */
        T read(URI url, int status, HttpHeaders headers, InputStream body) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Duration minInterval;
    private final RetryPolicy retry;
    private final HostAllowList allowList;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param client         the HTTP client; it must not follow redirects itself
     * @param userAgent      the User-Agent header
     * @param requestTimeout the time allowed until a response's headers arrive
     * @param minInterval    the least time between two requests to one host
     * @param retry          when and how long to wait before retrying
     * @param allowList      the hosts that may be contacted
     * @param clock          the clock pacing and {@code Retry-After} dates are measured with
     * @param sleeper        how waits are made
     */
    public PoliteFetcher(HttpClient client, String userAgent, Duration requestTimeout, Duration minInterval,
                         RetryPolicy retry, HostAllowList allowList, Clock clock, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.minInterval = Objects.requireNonNull(minInterval, "minInterval");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Fetches a URL, retrying what may succeed later.
     *
     * @param url    the URL; its host must be allowed
     * @param accept the Accept header
     * @param reader reads the final response
     * @param <T>    what the reader produces
     * @return what the reader produced
     * @throws SourceUnavailableException     when every attempt failed, arXiv asked to wait longer than allowed,
     *                                        or the thread was interrupted
     * @throws ProviderConfigurationException when the URL or a redirect leads to a host that is not allowed
     * @throws ArxivApiException              when redirects loop or cannot be followed
     */
    public <T> T get(URI url, String accept, ResponseReader<T> reader) {
        for (int attempt = 1; ; attempt++) {
            Step<T> step;
            try {
                step = follow(url, accept, reader, attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("Interrupted while fetching " + url + " from arXiv.", e);
            }
            if (!step.retryable()) {
                return step.value();
            }
            if (step.delay() == null) {
                throw new SourceUnavailableException("arXiv answered GET " + step.url() + " with " + step.failure()
                        + ", longer than papyri.arxiv.retry-max-delay (" + retry.maxDelay().toSeconds()
                        + " s). Try again later.", null);
            }
            if (attempt > retry.maxRetries()) {
                throw new SourceUnavailableException("arXiv did not answer GET " + step.url() + " after " + attempt
                        + " attempts (last: " + step.failure() + "). arXiv may be down or limiting requests; try again"
                        + " later, or raise papyri.arxiv.max-retries.", null);
            }
            LOG.warn("arXiv GET {} failed ({}); retry {} of {} in {} ms or more", step.url(), step.failure(), attempt,
                    retry.maxRetries(), step.delay().toMillis());
        }
    }

    private <T> Step<T> follow(URI url, String accept, ResponseReader<T> reader, int attempt) throws InterruptedException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            if (!allowList.allows(current)) {
                throw refused(url, current);
            }
            URI target = current;
            RequestPacer pacer = RequestPacer.forHost(target, clock, sleeper);
            Step<T> step;
            try {
                step = pacer.call(minInterval, () -> holdOffOnFailure(pacer, exchange(target, accept, reader), attempt));
            } catch (IOException e) {
                // unreachable: exchange failures are turned into steps while the host's turn is held
                throw new IllegalStateException(e);
            }
            if (step.redirect() == null) {
                return step;
            }
            if (hop == MAX_REDIRECTS) {
                throw new ArxivApiException(step.status(), null, url.toString(), "GET " + url + " was redirected more than "
                        + MAX_REDIRECTS + " times (last to " + step.redirect() + "); check papyri.arxiv.api-url"
                        + " and papyri.arxiv.pdf-url.");
            }
            LOG.debug("{} redirected ({}) to {}", target, step.status(), step.redirect());
            current = step.redirect();
        }
    }

    /**
     * Decides the wait after a failure and holds the host back for it before its turn is released,
     * so no other thread slips a request in first.
     */
    private <T> Step<T> holdOffOnFailure(RequestPacer pacer, Step<T> step, int attempt) {
        if (!step.retryable()) {
            return step;
        }
        Duration wait = step.retryAfter() != null ? step.retryAfter() : retry.backoff(attempt);
        if (step.retryAfter() != null && step.retryAfter().compareTo(retry.maxDelay()) > 0) {
            return step.withDelay(null);
        }
        pacer.holdOff(wait);
        return step.withDelay(wait);
    }

    private <T> Step<T> exchange(URI url, String accept, ResponseReader<T> reader) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .GET()
                .build();
        LOG.debug("GET {} at {}", url, clock.instant());
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (isRedirect(status)) {
                    return Step.redirect(url, status, location(url, status, response.headers()));
                }
                if (status == 429 || status >= 500) {
                    Duration retryAfter = response.headers().firstValue("Retry-After")
                            .flatMap(h -> RetryAfter.parse(h, clock.instant())).orElse(null);
                    String failure = "HTTP " + status + (retryAfter == null ? ""
                            : " and asked to wait " + retryAfter.toSeconds() + " s (Retry-After)");
                    return Step.retry(url, status, failure, retryAfter);
                }
                return Step.done(url, status, reader.read(url, status, response.headers(), body));
            }
        } catch (IOException e) {
            return Step.retry(url, 0, "I/O error: " + e, null);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI from, int status, HttpHeaders headers) {
        String location = headers.firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new ArxivApiException(status, null, from.toString(),
                    "GET " + from + " answered with redirect " + status + " but no Location header.");
        }
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ArxivApiException(status, null, from.toString(), "GET " + from + " redirected to '"
                    + location + "', which is not a URL.");
        }
    }

    private ProviderConfigurationException refused(URI requested, URI target) {
        String what = requested.equals(target) ? "fetch " + target : "follow the redirect from " + requested + " to " + target;
        return new ProviderConfigurationException("Refused to " + what + ": only http(s) URLs on the hosts of"
                + " papyri.arxiv.api-url, papyri.arxiv.pdf-url and papyri.arxiv.allowed-hosts are fetched (allowed: "
                + allowList + "). If you trust host '" + target.getHost() + "', add it to papyri.arxiv.allowed-hosts.");
    }

    /**
     * The outcome of one exchange: a value, a redirect, or a retryable failure with the wait decided
     * for it ({@code null} when arXiv asked for a longer wait than allowed).
     */
    private record Step<T>(URI url, int status, T value, URI redirect, boolean retryable, String failure,
                           Duration retryAfter, Duration delay) {

        static <T> Step<T> done(URI url, int status, T value) {
            return new Step<>(url, status, value, null, false, null, null, null);
        }

        static <T> Step<T> redirect(URI url, int status, URI to) {
            return new Step<>(url, status, null, to, false, null, null, null);
        }

        static <T> Step<T> retry(URI url, int status, String failure, Duration retryAfter) {
            return new Step<>(url, status, null, null, true, failure, retryAfter, null);
        }

        Step<T> withDelay(Duration newDelay) {
            return new Step<>(url, status, value, redirect, retryable, failure, retryAfter, newDelay);
        }
    }
}
