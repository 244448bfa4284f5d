package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.Queries.fresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tracseq.auth.domain.LoginThrottle;

/**
 * AU-2 state per login name ({@code login_throttle}). The rule lives in row locks and conditional
 * statements, so every statement here is SQL, run at once in the caller's transaction (none waits
 * for the commit): the order of locks and writes is the order of the calls.
 */
@ApplicationScoped
public class ThrottleRepository {
    private static final String SELECT =
            "SELECT login_name, failures, locked_until, last_failure_at " + "FROM login_throttle WHERE login_name = ?1";

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** The name's state as committed, without waiting for anyone: a locked name is refused without queueing. */
    public LoginThrottle peek(String loginName) {
        return read(SELECT, loginName).orElse(LoginThrottle.CLEAR);
    }

    /**
     * The name's state, its row locked until the transaction ends so that concurrent attempts on the
     * same name are checked one after the other. A name without a row gets one, so there is always
     * something to lock; if another transaction deletes the row meanwhile (a success clears it, the
     * purge forgets it), the row is made again.
     */
    public LoginThrottle lock(String loginName, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            em.createNativeQuery("INSERT INTO login_throttle (login_name, failures, last_failure_at) "
                            + "VALUES (?1, 0, ?2) ON CONFLICT (login_name) DO NOTHING")
                    .setParameter(1, loginName)
                    .setParameter(2, utc(now))
                    .executeUpdate();
            Optional<LoginThrottle> locked = read(SELECT + " FOR UPDATE", loginName);
            if (locked.isPresent()) {
                return locked.get();
            }
        }
        throw new IllegalStateException("Could not lock the login throttle of '" + loginName + "'");
    }

    public void save(String loginName, LoginThrottle state, Instant now) {
        // A null parameter is sent as text; the cast lets PostgreSQL take it for the timestamp it is.
        em.createNativeQuery("UPDATE login_throttle SET failures = ?1, locked_until = CAST(?2 AS timestamptz), "
                        + "last_failure_at = ?3 WHERE login_name = ?4")
                .setParameter(1, state.failures())
                .setParameter(2, utc(state.lockedUntil()))
                .setParameter(3, utc(now))
                .setParameter(4, loginName)
                .executeUpdate();
    }

    public void clear(String loginName) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE login_name = ?1")
                .setParameter(1, loginName)
                .executeUpdate();
    }

    /** Names nobody has failed on for {@code age} are forgotten, so probing random names cannot fill the table. */
    public void purgeOlderThan(Instant now, Duration age) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE last_failure_at < ?1 "
                        + "AND (locked_until IS NULL OR locked_until < ?2)")
                .setParameter(1, utc(now.minus(age)))
                .setParameter(2, utc(now))
                .executeUpdate();
    }

    private Optional<LoginThrottle> read(String sql, String loginName) {
        return fresh(em.createNativeQuery(sql, LoginThrottleEntity.class).setParameter(1, loginName))
                .getResultList()
                .stream()
                .map(row -> ((LoginThrottleEntity) row).toThrottle())
                .findFirst();
    }
}
