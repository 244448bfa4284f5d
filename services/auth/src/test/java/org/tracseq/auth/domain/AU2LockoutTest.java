package org.tracseq.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** AU-2: five failures in a row lock a login name for fifteen minutes; then counting starts afresh. */
class AU2LockoutTest {
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        LoginThrottle state = LoginThrottle.CLEAR;
        for (int i = 1; i <= 4; i++) {
            LoginThrottle next = state.afterFailure(T0, POLICY);
            assertThat(state.locks(next, T0)).isFalse();
            state = next;
            assertThat(state.lockedAt(T0)).isFalse();
            assertThat(state.failures()).isEqualTo(i);
        }
        LoginThrottle fifth = state.afterFailure(T0, POLICY);
        assertThat(state.locks(fifth, T0)).isTrue();
        assertThat(fifth.lockedAt(T0)).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockLastsFifteenMinutesAndRetryAfterCountsDown() {
        LoginThrottle locked = failures(5, T0);
        assertThat(locked.retryAfterSeconds(T0)).isEqualTo(900);
        assertThat(locked.retryAfterSeconds(T0.plusMillis(899_001))).isEqualTo(1);
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(15)).minusNanos(1)))
                .isTrue();
        assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(locked.retryAfterSeconds(T0.plus(Duration.ofMinutes(15)))).isZero();
    }

    @Test
    void attemptsWhileLockedNeitherCountNorExtendTheLock() {
        LoginThrottle locked = failures(5, T0);
        Instant later = T0.plus(Duration.ofMinutes(10));
        LoginThrottle after = locked.afterFailure(later, POLICY);
        assertThat(after).isEqualTo(locked);
        assertThat(locked.locks(after, later)).isFalse();
    }

    @Test
    void afterTheLockCountingStartsAgainFromZero() {
        Instant afterLock = T0.plus(Duration.ofMinutes(16));
        LoginThrottle next = failures(5, T0).afterFailure(afterLock, POLICY);
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedAt(afterLock)).isFalse();
        assertThat(failures(4, afterLock).lockedAt(afterLock)).isFalse();
    }

    @Test
    void theLimitAndDurationAreConfigurable() {
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(60));
        LoginThrottle state = LoginThrottle.CLEAR.afterFailure(T0, strict).afterFailure(T0, strict);
        assertThat(state.lockedUntil()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    private static LoginThrottle failures(int count, Instant at) {
        LoginThrottle state = LoginThrottle.CLEAR;
        for (int i = 0; i < count; i++) {
            state = state.afterFailure(at, POLICY);
        }
        return state;
    }
}
