package io.papyri.core.arxiv;

import io.papyri.core.arxiv.internal.ThreadSleeper;

import java.time.Duration;

/**
 * Pauses the calling thread. Production code uses {@link #system()}; tests pass a sleeper that
 * advances a fake clock instead, so waits can be checked without waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Pauses for the given time.
     *
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** @return a sleeper that really sleeps, with {@link Thread#sleep(long, int)} */
    static Sleeper system() {
        return ThreadSleeper.INSTANCE;
    }
}
