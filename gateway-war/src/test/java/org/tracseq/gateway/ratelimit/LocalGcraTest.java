package org.tracseq.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** GCRA: a full burst of the limit at once, then one request per emission interval. */
class LocalGcraTest {
    /** Microseconds. */
    private final AtomicLong now = new AtomicLong(1_700_000_000_000_000L);

    private final LocalGcra gcra = new LocalGcra(now::get);
    private final Limit tenPerSecond = new Limit(10, Duration.ofSeconds(1));

    @Test
    void aFullBurstIsAllowedThenRefusedUntilOneIntervalPasses() {
        for (int i = 0; i < 10; i++) {
            Decision decision = gcra.acquire("k", tenPerSecond);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(9 - i);
        }
        Decision refused = gcra.acquire("k", tenPerSecond);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterMicros()).isEqualTo(100_000);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.resetMicros()).isEqualTo(1_000_000);

        now.addAndGet(100_000);
        assertThat(gcra.acquire("k", tenPerSecond).allowed()).isTrue();
        assertThat(gcra.acquire("k", tenPerSecond).allowed()).isFalse();
    }

    @Test
    void theRateOverTimeIsTheLimit() {
        int allowed = 0;
        for (int ms = 0; ms < 10_000; ms += 10) {
            now.addAndGet(10_000);
            if (gcra.acquire("k", tenPerSecond).allowed()) {
                allowed++;
            }
        }
        // 10 s at 10/s, plus the initial burst of 10.
        assertThat(allowed).isBetween(100, 110);
    }

    @Test
    void aFractionalIntervalNeitherAdmitsTooManyNorReportsTooFew() {
        Limit sevenPerMinute = new Limit(7, Duration.ofMinutes(1));
        assertThat(gcra.acquire("f", sevenPerMinute).remaining()).isEqualTo(6);
        Limit manyPerMinute = new Limit(100_000, Duration.ofMinutes(1));
        assertThat(gcra.acquire("m", manyPerMinute).remaining()).isEqualTo(99_999);
    }

    @Test
    void keysAreIndependentAndIdleOnesAreForgotten() {
        for (int i = 0; i < 10; i++) {
            gcra.acquire("a", tenPerSecond);
        }
        assertThat(gcra.acquire("a", tenPerSecond).allowed()).isFalse();
        assertThat(gcra.acquire("b", tenPerSecond).allowed()).isTrue();
        now.addAndGet(2_000_000);
        gcra.forgetIdle();
        assertThat(gcra.acquire("a", tenPerSecond).remaining()).isEqualTo(9);
    }
}
