package org.tracseq.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final Subscription subscription = new Subscription(
            UUID.randomUUID(),
            "https://lims.example/hook",
            List.of("storage.item.*"),
            "0123456789abcdef",
            null,
            true,
            0,
            null,
            null,
            NOW,
            "admin");

    @Test
    void disablesItselfWithANoticeAtTheMaximumFailuresInARow() {
        Subscription s = subscription;
        for (int i = 0; i < 2; i++) {
            s = s.failed(3, NOW);
        }
        assertThat(s.enabled()).isTrue();
        s = s.failed(3, NOW);
        assertThat(s.enabled()).isFalse();
        assertThat(s.consecutiveFailures()).isEqualTo(3);
        assertThat(s.disabledReason()).contains("3 deliveries in a row failed").contains("re-enable");
        assertThat(s.disabledAt()).isEqualTo(NOW);
    }

    @Test
    void aDeliveryStartsTheCountAgain() {
        assertThat(subscription
                        .failed(3, NOW)
                        .failed(3, NOW)
                        .delivered()
                        .failed(3, NOW)
                        .enabled())
                .isTrue();
    }

    @Test
    void reEnablingClearsTheCountAndTheNotice() {
        Subscription disabled = subscription.failed(1, NOW);
        Subscription enabled = disabled.withEnabled(true, "admin", NOW);
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.consecutiveFailures()).isZero();
        assertThat(enabled.disabledReason()).isNull();
        assertThat(enabled.disabledAt()).isNull();
    }

    @Test
    void wantsTheTypesItsPatternsMatch() {
        assertThat(subscription.wants("storage.item.placed")).isTrue();
        assertThat(subscription.wants("storage.location.temperature_alert")).isFalse();
    }
}
