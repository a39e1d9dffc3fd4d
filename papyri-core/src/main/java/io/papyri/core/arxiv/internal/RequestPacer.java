package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spaces the requests to one host across the whole process: one request at a time, each starting
 * at least the minimum interval after the previous one finished, and none before a hold-off (from a
 * {@code Retry-After} or a backoff) has passed.
 *
 * <p>Pacers live in a process-wide registry keyed by host (and port, when the URL names one), so
 * every source talking to {@code export.arxiv.org} shares one. A pacer measures time with one clock
 * and waits with one sleeper, so those are part of the key as well: in production every source uses
 * the system clock and the real sleeper and therefore shares; a test's fake clock gets its own pacer.
 */
public final class RequestPacer {

    /** One paced exchange with the host. */
    @FunctionalInterface
    public interface Exchange<T> {
        /**
         * Runs the exchange; the host is not contacted by anyone else meanwhile.
         *
         * @return what the exchange produced
         * @throws IOException          when the request fails
         * @throws InterruptedException when the thread is interrupted
         */
        T run() throws IOException, InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RequestPacer.class);
    private static final ConcurrentMap<Key, RequestPacer> PACERS = new ConcurrentHashMap<>();

    private final String host;
    private final Clock clock;
    private final Sleeper sleeper;
    // fair, so threads are served in the order they asked
    private final ReentrantLock turn = new ReentrantLock(true);
    private final Object holdLock = new Object();
    private Instant lastFinished;
    private Instant holdUntil = Instant.MIN;
    private Duration longestHold = Duration.ZERO;

    private RequestPacer(String host, Clock clock, Sleeper sleeper) {
        this.host = host;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * The pacer for the host of a URL.
     *
     * @param url     any URL on the host
     * @param clock   the clock the pacer measures with
     * @param sleeper how the pacer waits
     * @return the process-wide pacer for that host, clock and sleeper
     */
    public static RequestPacer forHost(URI url, Clock clock, Sleeper sleeper) {
        Objects.requireNonNull(url.getHost(), () -> "no host in " + url);
        String host = url.getHost().toLowerCase(Locale.ROOT) + (url.getPort() == -1 ? "" : ":" + url.getPort());
        return PACERS.computeIfAbsent(new Key(host, clock, sleeper), key -> new RequestPacer(host, clock, sleeper));
    }

    /**
     * Waits for this host's turn, then runs the exchange while no other paced request to the host runs.
     *
     * @param minInterval the least time between the end of the previous request and the start of this one
     * @param exchange    the request
     * @param <T>         what the exchange produces
     * @return what the exchange produced
     * @throws IOException          when the exchange fails
     * @throws InterruptedException when the thread is interrupted while waiting or exchanging
     */
    public <T> T call(Duration minInterval, Exchange<T> exchange) throws IOException, InterruptedException {
        turn.lockInterruptibly();
        try {
            Duration wait = waitBefore(minInterval);
            if (!wait.isZero()) {
                LOG.debug("Waiting {} ms before the next request to {}", wait.toMillis(), host);
                sleeper.sleep(wait);
            }
            try {
                return exchange.run();
            } finally {
                lastFinished = clock.instant();
            }
        } finally {
            turn.unlock();
        }
    }

    /**
     * Keeps every request to this host back for a while, because the host asked for it or failed.
     *
     * @param duration how long from now
     */
    public void holdOff(Duration duration) {
        Instant until = clock.instant().plus(duration);
        synchronized (holdLock) {
            if (until.isAfter(holdUntil)) {
                holdUntil = until;
            }
            if (duration.compareTo(longestHold) > 0) {
                longestHold = duration;
            }
        }
    }

    private Duration waitBefore(Duration minInterval) {
        Instant now = clock.instant();
        Instant due = lastFinished == null ? Instant.MIN : lastFinished.plus(minInterval);
        Duration cap;
        synchronized (holdLock) {
            if (holdUntil.isAfter(due)) {
                due = holdUntil;
            }
            cap = minInterval.compareTo(longestHold) >= 0 ? minInterval : longestHold;
        }
        if (!now.isBefore(due)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, due);
        // a clock set back must not turn into an hours-long wait
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    private record Key(String host, Clock clock, Sleeper sleeper) {
    }
}
