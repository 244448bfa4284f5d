package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.persistence.SigningKeyRepository;
import org.tracseq.auth.token.KeyRing;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.auth.token.TokenPolicy;
import org.tracseq.platform.persistence.Transactions;

/**
 * The signing keys, cached briefly so that signing and verifying do not read the database each
 * time. Another instance's rotation is seen within {@link #CACHE_TIME}, or at once when a token
 * names a key this instance does not know yet; the old key stays valid meanwhile, so the delay
 * harms nothing.
 */
@ApplicationScoped
public class SigningKeys {
    static final Duration CACHE_TIME = Duration.ofSeconds(30);
    /** An unknown {@code kid} reloads at most this often, so garbage tokens cannot hammer the database. */
    private static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);

    private record Snapshot(KeyRing ring, Instant loadedAt) {}

    @Inject
    SigningKeyRepository repository;

    @Inject
    TokenPolicy tokens;

    @Inject
    Clock clock;

    @Inject
    AuthEvents events;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    private volatile Snapshot snapshot;

    public KeyRing ring() {
        return current(clock.instant()).ring();
    }

    /** The ring, reloaded first if it does not publish {@code kid} and was not just loaded. */
    public KeyRing ringPublishing(String kid) {
        Instant now = clock.instant();
        Snapshot current = current(now);
        if (kid != null
                && !current.ring().publishes(kid, now)
                && now.isAfter(current.loadedAt().plus(UNKNOWN_KID_RELOAD))) {
            current = load(now);
        }
        return current.ring();
    }

    private Snapshot current(Instant now) {
        Snapshot current = snapshot;
        return current == null || now.isAfter(current.loadedAt().plus(CACHE_TIME)) ? load(now) : current;
    }

    public SigningKey signingKey() {
        return ring().active().orElseThrow(() -> new IllegalStateException("No active signing key"));
    }

    /** Creates the first key if there is none (first start, or several instances starting at once). */
    @Transactional
    public void ensureActiveKey() {
        repository.lock();
        Instant now = clock.instant();
        if (repository.active().isEmpty()) {
            SigningKey key = SigningKey.generate(now);
            repository.insert(key);
            audit.record(AuditEvent.of(AuditEventType.SIGNING_KEY_CREATED, Actor.SYSTEM, Origin.INTERNAL)
                    .about(key.kid(), key.kid()));
            reloadAfterCommit();
        }
    }

    /**
     * A new key signs from now on; the previous one loses its private half and stays published for
     * the overlap, until every token it signed has expired.
     */
    @Transactional
    public SigningKey rotate(Actor actor, Origin origin) {
        repository.lock();
        Instant now = clock.instant();
        SigningKey next = SigningKey.generate(now);
        String previous = repository.active().map(SigningKey::kid).orElse(null);
        if (previous != null) {
            repository.retire(previous, now);
        }
        repository.insert(next);
        audit.record(AuditEvent.of(AuditEventType.SIGNING_KEY_ROTATED, actor, origin)
                .about(next.kid(), next.kid())
                .change(previous, next.kid()));
        events.keyRotated(next.kid(), previous, actor);
        reloadAfterCommit();
        return next;
    }

    /** Every key still published, newest first, for the administrators' list. */
    public List<SigningKey> published() {
        Instant now = clock.instant();
        return ring().keys().stream()
                .filter(key -> key.publishedAt(now, overlap()))
                .toList();
    }

    public Duration overlap() {
        return tokens.keyOverlap();
    }

    private Snapshot load(Instant now) {
        Snapshot loaded = new Snapshot(new KeyRing(repository.retiredAfter(now.minus(overlap())), overlap()), now);
        snapshot = loaded;
        return loaded;
    }

    private void reloadAfterCommit() {
        transactions.afterEnd(() -> snapshot = null);
    }
}
