package org.tracseq.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The same GCRA as {@code admit.lua}, in this JVM only: what the gateway falls back to while Redis
 * cannot be reached. Limits then hold per gateway instance instead of across all of them.
 */
final class LocalGcra {
    /** Above this many callers idle entries are dropped before another is added. */
    private static final int MAX_KEYS = 100_000;

    private final ConcurrentHashMap<String, Long> theoreticalArrival = new ConcurrentHashMap<>();
    private final LongSupplier clockMicros;

    LocalGcra(LongSupplier clockMicros) {
        this.clockMicros = clockMicros;
    }

    Decision acquire(String key, Limit limit) {
        if (theoreticalArrival.size() > MAX_KEYS) {
            forgetIdle();
        }
        long period = limit.periodMicros();
        long interval = limit.intervalMicros();
        Decision[] decision = new Decision[1];
        theoreticalArrival.compute(key, (k, stored) -> {
            long now = clockMicros.getAsLong();
            long tat = stored == null || stored < now ? now : stored;
            long next = tat + interval;
            if (next - now > period) {
                decision[0] = new Decision(false, limit.requests(), 0, next - now - period, tat - now);
                return stored;
            }
            decision[0] = new Decision(true, limit.requests(), (period - (next - now)) / interval, 0, next - now);
            return next;
        });
        return decision[0];
    }

    /** Drops keys whose bucket is full again: they would start from a full bucket anyway. */
    void forgetIdle() {
        long now = clockMicros.getAsLong();
        theoreticalArrival.values().removeIf(tat -> tat <= now);
    }
}
