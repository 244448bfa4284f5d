package org.tracseq.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.tracseq.platform.redis.Redis;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sessions and subjects whose tokens must be refused before they expire, in Redis: the auth
 * service writes them (logout, disable, role change, password change, refresh-token reuse, revoked
 * API key) and announces each on {@link #CHANNEL}; every service keeps a copy
 * ({@link RevocationMirror}), and the gateway also reads them in the same round trip as its rate
 * limit. An entry lives as long as a token issued before it could, so the list stays as small as
 * the revocations of the last token lifetime.
 * Calls throw {@code JedisException} when Redis is unreachable; callers decide what that means.
 */
@ApplicationScoped
public class RevocationList {
    public static final String SESSION_KEY = "tracseq:revoked:session:";
    public static final String SUBJECT_KEY = "tracseq:revoked:subject:";
    /** Where each entry is announced as it is written: {@code <seconds to live> <key>}. */
    public static final String CHANNEL = "tracseq:revocations";

    @Inject
    Redis redis;

    public void revokeSessions(Collection<String> sessionIds, Duration lifetime) {
        write(redis.client(), keys(SESSION_KEY, sessionIds), lifetime);
    }

    /** For principals without sessions (service principals): every token of theirs. */
    public void revokeSubjects(Collection<String> subjects, Duration lifetime) {
        write(redis.client(), keys(SUBJECT_KEY, subjects), lifetime);
    }

    public boolean isRevoked(VerifiedToken token) {
        return redis.client().exists(keysOf(token).toArray(String[]::new)) > 0;
    }

    /** The entries that would revoke {@code token}: its subject's and, if it has one, its session's. */
    public static List<String> keysOf(VerifiedToken token) {
        return token.sessionId()
                .map(session -> List.of(SUBJECT_KEY + token.getSubject(), SESSION_KEY + session))
                .orElse(List.of(SUBJECT_KEY + token.getSubject()));
    }

    /** Stores each entry for {@code lifetime} and announces it, in one round trip. */
    public static void write(UnifiedJedis client, Collection<String> keys, Duration lifetime) {
        if (keys.isEmpty()) {
            return;
        }
        long seconds = lifetime.toSeconds();
        try (AbstractPipeline pipeline = client.pipelined()) {
            keys.forEach(key -> {
                pipeline.setex(key, seconds, "1");
                pipeline.publish(CHANNEL, seconds + " " + key);
            });
            pipeline.sync();
        }
    }

    private static List<String> keys(String prefix, Collection<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }
}
