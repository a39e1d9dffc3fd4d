package io.papyri.core.arxiv.internal;

import io.papyri.core.arxiv.FakeTime;
import io.papyri.core.arxiv.Sleeper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPacerTest {

    private static final Duration THREE_SECONDS = Duration.ofSeconds(3);

    @Test
    void fiveCallsFromFourThreadsStartAtLeastTheIntervalApartAndNeverOverlap() throws Exception {
        FakeTime time = new FakeTime();
        RequestPacer pacer = RequestPacer.forHost(URI.create("https://export.arxiv.org/api/query"), time, time);
        List<Instant> starts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return pacer.call(THREE_SECONDS, () -> {
                        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        starts.add(time.instant());
                        inFlight.decrementAndGet();
                        return null;
                    });
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Instant> sorted = starts.stream().sorted().toList();
        assertThat(sorted).hasSize(5);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Duration.between(sorted.get(i - 1), sorted.get(i))).isGreaterThanOrEqualTo(THREE_SECONDS);
        }
        assertThat(maxInFlight.get()).as("one request at a time").isEqualTo(1);
        assertThat(time.waits()).containsExactly(THREE_SECONDS, THREE_SECONDS, THREE_SECONDS, THREE_SECONDS);
    }

    @Test
    void pacersAreSharedPerHostAndPortForTheSameClockAndSleeper() {
        FakeTime time = new FakeTime();
        FakeTime otherTime = new FakeTime();

        RequestPacer api = RequestPacer.forHost(URI.create("https://export.arxiv.org/api/query"), time, time);

        assertThat(RequestPacer.forHost(URI.create("http://EXPORT.arxiv.org/other"), time, time)).isSameAs(api);
        assertThat(RequestPacer.forHost(URI.create("https://arxiv.org/pdf/"), time, time)).isNotSameAs(api);
        assertThat(RequestPacer.forHost(URI.create("https://export.arxiv.org:8443/api"), time, time)).isNotSameAs(api);
        assertThat(RequestPacer.forHost(URI.create("https://export.arxiv.org/api/query"), otherTime, otherTime)).isNotSameAs(api);
    }

    @Test
    void aHoldOffDelaysTheNextCallAndTheIntervalCountsFromTheEndOfTheLastOne() throws Exception {
        FakeTime time = new FakeTime();
        RequestPacer pacer = RequestPacer.forHost(URI.create("http://hold.example/"), time, time);

        pacer.call(THREE_SECONDS, () -> {
            time.sleep(Duration.ofSeconds(2)); // the request itself takes 2 s
            return null;
        });
        pacer.holdOff(Duration.ofSeconds(30));
        pacer.call(THREE_SECONDS, () -> null);
        pacer.call(THREE_SECONDS, () -> null);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(30), THREE_SECONDS);
    }

    @Test
    void aClockSetBackDoesNotTurnIntoAnEndlessWait() throws Exception {
        MovableTime time = new MovableTime();
        RequestPacer pacer = RequestPacer.forHost(URI.create("http://clock.example/"), time, time);

        pacer.call(THREE_SECONDS, () -> null);
        time.setBack(Duration.ofHours(5));
        pacer.call(THREE_SECONDS, () -> null);

        assertThat(time.waits()).containsExactly(THREE_SECONDS);
    }

    /** A fake clock that can also be set back, as NTP may do. */
    private static final class MovableTime extends Clock implements Sleeper {
        private Instant now = FakeTime.START;
        private final List<Duration> waits = new ArrayList<>();

        void setBack(Duration duration) {
            now = now.minus(duration);
        }

        List<Duration> waits() {
            return waits;
        }

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
