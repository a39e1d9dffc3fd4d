package io.papyri.core.arxiv.internal;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    @Test
    void backoffDoublesFromTheInitialDelayUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 1.0);

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(60));
    }

    @RepeatedTest(20)
    void jitterKeepsTheUpperHalfRandomAndTheLowerHalfCertain() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(8), Duration.ofMinutes(2),
                () -> ThreadLocalRandom.current().nextDouble());

        assertThat(policy.backoff(2)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
    }

    @Test
    void inconsistentDelaysAreRejected() {
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(10), Duration.ofSeconds(5), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
