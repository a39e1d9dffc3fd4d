package io.papyri.examples.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small thread-safe cache of the most recently used entries, optionally expiring them after a
 * time to live. Values are computed outside the lock, so a slow computation blocks no other key;
 * two threads may then compute the same value once each, which is harmless for what is cached here
 * (immutable papers, summaries and their rendering).
 */
final class RecentCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    /**
     * @param maxEntries how many entries to keep
     * @param ttlNanos   how long an entry stays valid, or 0 for as long as it is kept
     * @param nanoTime   the clock
     */
    RecentCache(int maxEntries, long ttlNanos, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** @return a cache of at most {@code maxEntries} entries that never expire */
    static <K, V> RecentCache<K, V> bounded(int maxEntries) {
        return new RecentCache<>(maxEntries, 0, System::nanoTime);
    }

    /**
     * The cached value, or a newly computed one that is then kept.
     *
     * @param key     the key
     * @param compute computes the value when it is missing or expired; a null result is not kept
     * @return the value, and whether it came from the cache
     */
    Lookup<V> get(K key, Function<K, V> compute) {
        long now = nanoTime.getAsLong();
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            if (entry != null && (ttlNanos == 0 || now - entry.expiresAt < 0)) {
                return new Lookup<>(entry.value(), true);
            }
        }
        V value = compute.apply(key);
        if (value != null) {
            synchronized (entries) {
                entries.put(key, new Entry<>(value, now + ttlNanos));
            }
        }
        return new Lookup<>(value, false);
    }

    /** Forgets a key, so the next lookup computes it again. */
    void invalidate(K key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    /** A value and whether the cache had it. */
    record Lookup<V>(V value, boolean hit) {
    }
}
