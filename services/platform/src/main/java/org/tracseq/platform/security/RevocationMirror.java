package org.tracseq.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.tracseq.platform.problem.ProblemException;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A copy in memory of the Redis {@link RevocationList}, so a service refuses revoked tokens
 * without a Redis call per request. A thread of its own subscribes to {@link RevocationList#CHANNEL}
 * and then loads every entry (SCAN), in that order so nothing written in between is missed; each
 * announcement is added as it arrives, and entries lapse when their time to live does. The link is
 * pinged every heartbeat; when it breaks or falls silent for three heartbeats the copy is no longer
 * trusted and is loaded again on reconnection.
 * <p>
 * While the copy is not current (starting, reconnecting) each question goes to Redis directly; if
 * Redis cannot answer either, the request is refused with 503: a token is never honoured because
 * nobody could tell whether it was revoked (docs/security.md).
 */
public final class RevocationMirror implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RevocationMirror.class.getName());
    private static final String PATTERN = "tracseq:revoked:*";
    private static final int SCAN_BATCH = 1000;
    private static final int SILENT_HEARTBEATS = 3;

    private final UnifiedJedis client;
    private final Supplier<Jedis> connections;
    private final ThreadFactory threads;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration heartbeat;

    /** Key → when it lapses. */
    private final Map<String, Instant> entries = new ConcurrentHashMap<>();

    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean current;
    private volatile Subscription subscription;
    private volatile Jedis connection;
    private volatile Instant lastHeard = Instant.EPOCH;
    /** An outage is logged once, when it starts. */
    private volatile boolean failing;

    private Thread listener;
    private ScheduledFuture<?> watchdog;

    /**
     * @param client asked directly while the copy is not current, and for the initial load
     * @param connections a new connection outside the pool for each subscription
     */
    public RevocationMirror(
            UnifiedJedis client,
            Supplier<Jedis> connections,
            ThreadFactory threads,
            ScheduledExecutorService scheduler,
            Clock clock,
            Duration heartbeat) {
        this.client = client;
        this.connections = connections;
        this.threads = threads;
        this.scheduler = scheduler;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    public void start() {
        listener = threads.newThread(this::listen);
        listener.setName("tracseq-revocations");
        listener.start();
        watchdog = scheduler.scheduleAtFixedRate(
                this::watch, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once loaded and while the subscription is known to be alive. */
    public boolean isCurrent() {
        return current;
    }

    /**
     * Whether any of {@code keys} is on the list: from memory while current, else from Redis.
     *
     * @throws ProblemException 503 when neither can tell
     */
    public boolean isRevoked(List<String> keys) {
        if (current) {
            Instant now = clock.instant();
            return keys.stream().map(entries::get).anyMatch(until -> until != null && until.isAfter(now));
        }
        try {
            return client.exists(keys.toArray(String[]::new)) > 0;
        } catch (JedisException e) {
            throw ProblemException.unavailable(
                    "Whether this access token was revoked cannot be checked now (the revocation list is unreachable)",
                    1);
        }
    }

    /** Stops listening and waits for the listener to end. */
    @Override
    public void close() {
        stopping.countDown();
        current = false;
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        disconnect();
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(heartbeat.toMillis() * SILENT_HEARTBEATS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        while (stopping.getCount() > 0) {
            try (Jedis link = connections.get()) {
                connection = link;
                if (stopping.getCount() == 0) {
                    return; // closed while connecting, before close() could see this connection
                }
                subscription = new Subscription();
                link.subscribe(subscription, RevocationList.CHANNEL); // returns when the link ends
            } catch (JedisException e) {
                if (!failing && stopping.getCount() > 0) {
                    LOG.warning("The revocation list in Redis cannot be followed; tokens are checked against Redis "
                            + "directly (503 while it is unreachable) until it can: " + e);
                }
                failing = true;
            } finally {
                current = false;
                subscription = null;
                connection = null;
            }
            try {
                if (stopping.await(heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Subscribed: now every entry written from here on is announced to us, so load what is there. */
    private void load() {
        int loaded = 0;
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams batch = new ScanParams().match(PATTERN).count(SCAN_BATCH);
        do {
            ScanResult<String> page = client.scan(cursor, batch);
            loaded += remember(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        lastHeard = clock.instant();
        current = true;
        failing = false;
        LOG.info("Revocation list loaded from Redis: " + loaded + " entries; following " + RevocationList.CHANNEL);
    }

    private int remember(List<String> keys) {
        List<Response<Long>> ttls = new ArrayList<>(keys.size());
        try (AbstractPipeline pipeline = client.pipelined()) {
            keys.forEach(key -> ttls.add(pipeline.pttl(key)));
            pipeline.sync();
        }
        Instant now = clock.instant();
        int remembered = 0;
        for (int i = 0; i < keys.size(); i++) {
            long millis = ttls.get(i).get();
            if (millis > 0) { // -2: gone since the scan; -1 (no expiry) is never written
                entries.merge(keys.get(i), now.plusMillis(millis), RevocationMirror::later);
                remembered++;
            }
        }
        return remembered;
    }

    /** An announcement: {@code <seconds to live> <key>}. */
    private void announced(String message) {
        int space = message.indexOf(' ');
        try {
            long seconds = Long.parseLong(message.substring(0, Math.max(space, 0)));
            entries.merge(message.substring(space + 1), clock.instant().plusSeconds(seconds), RevocationMirror::later);
        } catch (NumberFormatException e) {
            LOG.warning("Ignored a malformed announcement on " + RevocationList.CHANNEL + ": " + message);
        }
    }

    /** Every heartbeat: forget lapsed entries, and ping the link or give it up if it fell silent. */
    private void watch() {
        Instant now = clock.instant();
        entries.values().removeIf(until -> !until.isAfter(now));
        Subscription listening = subscription;
        if (!current || listening == null) {
            return;
        }
        if (lastHeard.plus(heartbeat.multipliedBy(SILENT_HEARTBEATS)).isBefore(now)) {
            LOG.warning("The revocation list subscription fell silent; reconnecting");
            current = false;
            disconnect();
            return;
        }
        try {
            listening.ping();
        } catch (JedisException e) {
            current = false;
            disconnect();
        }
    }

    /** Ends the subscription's connection, which makes the listener's blocking read return. */
    private void disconnect() {
        Jedis link = connection;
        if (link != null) {
            try {
                link.disconnect();
            } catch (JedisException e) {
                // already broken: the listener notices either way
            }
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private final class Subscription extends JedisPubSub {
        @Override
        public void onSubscribe(String channel, int subscribedChannels) {
            load();
        }

        @Override
        public void onMessage(String channel, String message) {
            lastHeard = clock.instant();
            announced(message);
        }

        @Override
        public void onPong(String pattern) {
            lastHeard = clock.instant();
        }
    }
}
