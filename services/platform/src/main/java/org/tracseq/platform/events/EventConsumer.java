package org.tracseq.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * One consumer of one event family in a consumer group: every instance of a consuming service
 * shares the group, so each event is applied by one of them. An event is applied in the consumer's
 * own database transaction together with its inbox row (so a redelivered one has no second effect)
 * and acknowledged only after that commits. An entry a crashed instance took but never acknowledged
 * is claimed by another after {@code claimAfter}. An event that fails {@code maxFailures} times goes
 * to the group's dead-letter stream with the reason, from which {@link #redrive} sends it back.
 */
public final class EventConsumer {
    /**
     * Applies an event at most once for {@code group}: in one transaction, records the event id in
     * the inbox and, if it was not there yet, applies the event; commits, or rolls back and throws.
     */
    @FunctionalInterface
    public interface Delivery {
        void applyOnce(String group, Event event) throws Exception;
    }

    private static final String BUSY_GROUP = "BUSYGROUP";

    private final UnifiedJedis redis;
    private final String stream;
    private final String group;
    private final String consumer;
    private final Delivery delivery;
    private final int maxFailures;
    private final Duration claimAfter;
    /** When this consumer last looked for abandoned entries (System.nanoTime). */
    private long lastClaim = System.nanoTime() - Long.MAX_VALUE / 2;

    public EventConsumer(
            UnifiedJedis redis,
            String family,
            String group,
            String consumer,
            Delivery delivery,
            int maxFailures,
            Duration claimAfter) {
        this.redis = redis;
        this.stream = Event.stream(family);
        this.group = group;
        this.consumer = consumer;
        this.delivery = delivery;
        this.maxFailures = maxFailures;
        this.claimAfter = claimAfter;
    }

    public String stream() {
        return stream;
    }

    public String group() {
        return group;
    }

    /** The dead-letter stream of {@code group}. */
    public static String deadLetters(String group) {
        return "tracseq:dead:" + group;
    }

    /** Where the failures of each entry of {@code group} are counted until it succeeds or dies. */
    static String failures(String group) {
        return "tracseq:failures:" + group;
    }

    /** Creates the group (reading the stream from its start) unless it exists. */
    public void join() {
        try {
            redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith(BUSY_GROUP)) {
                throw e;
            }
        }
    }

    /**
     * One round: entries other instances left unacknowledged for longer than {@code claimAfter}
     * (looked for at most every half {@code claimAfter}), then new ones (waiting up to {@code wait}
     * for some). Entries are acknowledged together once each one's transaction has committed.
     * Returns how many entries it handled.
     */
    public int pollOnce(int count, Duration wait) {
        List<StreamEntry> entries = new ArrayList<>();
        long now = System.nanoTime();
        if (now - lastClaim >= claimAfter.toNanos() / 2) {
            lastClaim = now;
            entries.addAll(redis.xautoclaim(
                            stream,
                            group,
                            consumer,
                            claimAfter.toMillis(),
                            new StreamEntryID(0, 0),
                            XAutoClaimParams.xAutoClaimParams().count(count))
                    .getValue());
        }
        if (entries.isEmpty()) {
            var read = redis.xreadGroup(
                    group,
                    consumer,
                    XReadGroupParams.xReadGroupParams().count(count).block((int) wait.toMillis()),
                    Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            if (read != null) {
                read.forEach(forStream -> entries.addAll(forStream.getValue()));
            }
        }
        List<StreamEntryID> done = new ArrayList<>();
        for (StreamEntry entry : entries) {
            if (handle(entry)) {
                done.add(entry.getID());
            }
        }
        if (!done.isEmpty()) {
            StreamEntryID[] ids = done.toArray(StreamEntryID[]::new);
            redis.xack(stream, group, ids);
            redis.hdel(failures(group), done.stream().map(this::attempt).toArray(String[]::new));
        }
        return entries.size();
    }

    private String attempt(StreamEntryID id) {
        return stream + " " + id;
    }

    /** Applies one entry; true when it is done with (applied, or a dead letter now). */
    private boolean handle(StreamEntry entry) {
        try {
            delivery.applyOnce(group, Event.fromFields(entry.getFields()));
            return true;
        } catch (Exception e) {
            long failed = redis.hincrBy(failures(group), attempt(entry.getID()), 1);
            if (failed < maxFailures) {
                return false; // stays pending: claimed again after claimAfter
            }
            Map<String, String> dead = new HashMap<>(entry.getFields());
            dead.put("reason", String.valueOf(e));
            dead.put("failures", Long.toString(failed));
            dead.put("stream", stream);
            redis.xadd(deadLetters(group), StreamEntryID.NEW_ENTRY, dead);
            return true;
        }
    }

    /**
     * Sends every dead letter of {@code group} back to its stream, and removes it from the dead-letter
     * stream; how many. Other groups see the event again too, and skip it by its id.
     */
    public static int redrive(UnifiedJedis redis, String group) {
        List<StreamEntry> dead = redis.xrange(deadLetters(group), "-", "+");
        for (StreamEntry entry : dead) {
            Map<String, String> fields = new HashMap<>(entry.getFields());
            String stream = fields.remove("stream");
            fields.remove("reason");
            fields.remove("failures");
            redis.xadd(stream, StreamEntryID.NEW_ENTRY, fields);
            redis.xdel(deadLetters(group), entry.getID());
        }
        return dead.size();
    }
}
