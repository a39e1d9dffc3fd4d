package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.Sleeper;

import java.time.Duration;

/** The real {@link Sleeper}; a single instance, so that sources using it share their pacers. */
public enum ThreadSleeper implements Sleeper {
    /** The only instance. */
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        long millis = duration.toMillis();
        int nanos = (int) duration.minusMillis(millis).toNanos();
        Thread.sleep(millis, nanos);
    }
}
