package io.papyri.examples.worker;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; the deadline is a bound, never an assertion on timing. */
final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** Waits until {@code condition} holds, failing with {@code what} and the last state after the deadline. */
    static void until(String what, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + DEADLINE.toSeconds() + " s: " + what + "; " + state.get());
            }
            Thread.sleep(50);
        }
    }

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, condition, () -> "");
    }
}
