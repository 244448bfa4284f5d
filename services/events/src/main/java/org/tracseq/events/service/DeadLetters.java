package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracseq.events.domain.DeadLetter;
import org.tracseq.platform.events.EventConsumer;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.redis.Redis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.resps.StreamEntry;

/** Any consumer group's dead letters (the platform's {@code tracseq:dead:<group>} streams), to read and redrive. */
@ApplicationScoped
public class DeadLetters {
    /** The fields the platform adds to an event's own when it gives up on it. */
    private static final List<String> ADDED = List.of("stream", "reason", "failures");

    @Inject
    Redis redis;

    /** Oldest first; a group without dead letters (or unknown) has none. */
    public Page<DeadLetter> page(String group, PageRequest page) {
        String deadLetters = EventConsumer.deadLetters(group);
        try {
            long total = redis.client().xlen(deadLetters);
            // Dead letters are few and wait for a person; the page is cut from the whole list.
            List<DeadLetter> items = redis.client().xrange(deadLetters, "-", "+").stream()
                    .skip(page.offset())
                    .limit(page.size())
                    .map(DeadLetters::deadLetter)
                    .toList();
            return new Page<>(items, page.page(), page.size(), total);
        } catch (JedisException e) {
            throw redisAway();
        }
    }

    /** Sends them all back to their streams; how many. */
    public int redrive(String group) {
        try {
            return EventConsumer.redrive(redis.client(), group);
        } catch (JedisException e) {
            throw redisAway();
        }
    }

    private static DeadLetter deadLetter(StreamEntry entry) {
        Map<String, String> event = new HashMap<>(entry.getFields());
        ADDED.forEach(event::remove);
        int failures;
        try {
            failures = Integer.parseInt(entry.getFields().getOrDefault("failures", "0"));
        } catch (NumberFormatException e) {
            failures = 0;
        }
        return new DeadLetter(
                entry.getID().toString(),
                entry.getFields().getOrDefault("stream", ""),
                entry.getFields().getOrDefault("reason", ""),
                failures,
                event);
    }

    private static ProblemException redisAway() {
        return ProblemException.unavailable("Redis, which holds the dead letters, does not answer; try again", 5);
    }
}
