package org.tracseq.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook: where matching events go and the secret they are signed with (kept here, never shown).
 * After {@code maxFailures} failed attempts in a row it disables itself with a reason ({@link #failed}).
 */
public record Subscription(
        UUID id,
        String url,
        List<String> types,
        String secret,
        String description,
        boolean enabled,
        int consecutiveFailures,
        String disabledReason,
        Instant disabledAt,
        Instant createdAt,
        String createdBy) {

    public Subscription {
        types = List.copyOf(types);
    }

    public List<TypePattern> patterns() {
        return types.stream().map(TypePattern::parse).toList();
    }

    public boolean wants(String eventType) {
        return TypePattern.anyMatches(patterns(), eventType);
    }

    /** A delivered attempt: the count of failures in a row starts again. */
    public Subscription delivered() {
        return withState(enabled, 0, disabledReason, disabledAt);
    }

    /** A failed attempt; the subscription disables itself when it is the {@code maxFailures}-th in a row. */
    public Subscription failed(int maxFailures, Instant now) {
        int failures = consecutiveFailures + 1;
        if (enabled && failures >= maxFailures) {
            return withState(
                    false,
                    failures,
                    failures + " deliveries in a row failed; fix the receiver at " + url
                            + " and re-enable the subscription (PATCH enabled: true)",
                    now);
        }
        return withState(enabled, failures, disabledReason, disabledAt);
    }

    /** Enabled or disabled by hand; enabling clears the failure count and the notice. */
    public Subscription withEnabled(boolean enable, String actor, Instant now) {
        if (enable == enabled) {
            return this;
        }
        return enable
                ? withState(true, 0, null, null)
                : withState(false, consecutiveFailures, "Disabled by " + actor, now);
    }

    private Subscription withState(boolean newEnabled, int failures, String reason, Instant at) {
        return new Subscription(
                id, url, types, secret, description, newEnabled, failures, reason, at, createdAt, createdBy);
    }

    public Subscription with(String newUrl, List<String> newTypes, String newDescription) {
        return new Subscription(
                id,
                newUrl,
                newTypes,
                secret,
                newDescription,
                enabled,
                consecutiveFailures,
                disabledReason,
                disabledAt,
                createdAt,
                createdBy);
    }

    public Subscription withSecret(String newSecret) {
        return new Subscription(
                id,
                url,
                types,
                newSecret,
                description,
                enabled,
                consecutiveFailures,
                disabledReason,
                disabledAt,
                createdAt,
                createdBy);
    }
}
