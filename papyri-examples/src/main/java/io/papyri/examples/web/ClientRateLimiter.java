package io.papyri.examples.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may spend {@code perMinute} tokens a minute, refilled
 * continuously, with bursts up to that many. Clients idle for more than a minute are forgotten, so
 * memory stays bounded by the clients of the last minute.
 */
final class ClientRateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_EVERY = 1024;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    ClientRateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token for a client.
     *
     * @param client the client, such as its address
     * @return 0 when the request may go on, else the seconds to wait for the next token
     */
    long acquire(String client) {
        long now = nanoTime.getAsLong();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double refill = (now - bucket.updated) * (double) perMinute / MINUTE_NANOS;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
        }
    }

    private void sweep(long now) {
        synchronized (this) {
            if (--untilSweep > 0) {
                return;
            }
            untilSweep = SWEEP_EVERY;
        }
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (now - it.next().updated > MINUTE_NANOS) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
