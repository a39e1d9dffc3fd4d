package io.papyri.core.arxiv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until something sleeps on it: {@link #sleep} records the wait and moves
 * the clock forward by it, at once. Pacing and backoff can then be checked in fake time.
 */
public final class FakeTime extends Clock implements Sleeper {

    /** Where every fake clock starts. */
    public static final Instant START = Instant.parse("2026-04-12T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** @return every wait asked for, in order */
    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** @param instant a time on this clock @return seconds since {@link #START}, for logs */
    public static String offset(Instant instant) {
        Duration since = Duration.between(START, instant);
        return String.format("t=%5.1fs", since.toMillis() / 1000.0);
    }
}
