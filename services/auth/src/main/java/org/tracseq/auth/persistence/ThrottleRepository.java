package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.tracseq.auth.domain.LoginThrottle;

/** AU-2 state per login name ({@code login_throttle}). Callers bring the transaction. */
@ApplicationScoped
public class ThrottleRepository {
    @Inject
    Jdbc jdbc;

    /** The name's state as committed, without waiting for anyone: a locked name is refused without queueing. */
    public LoginThrottle peek(String loginName) {
        return jdbc.one(
                        "SELECT failures, locked_until FROM login_throttle WHERE login_name = ?",
                        ThrottleRepository::state,
                        loginName)
                .orElse(LoginThrottle.CLEAR);
    }

    /**
     * The name's state, its row locked until the transaction ends so that concurrent attempts on the
     * same name are checked one after the other. A name without a row gets one, so there is always
     * something to lock; if another transaction deletes the row meanwhile (a success clears it, the
     * purge forgets it), the row is made again.
     */
    public LoginThrottle lock(String loginName, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            jdbc.update(
                    "INSERT INTO login_throttle (login_name, failures, last_failure_at) VALUES (?, 0, ?) "
                            + "ON CONFLICT (login_name) DO NOTHING",
                    loginName,
                    now);
            var locked = jdbc.one(
                    "SELECT failures, locked_until FROM login_throttle WHERE login_name = ? FOR UPDATE",
                    ThrottleRepository::state,
                    loginName);
            if (locked.isPresent()) {
                return locked.get();
            }
        }
        throw new IllegalStateException("Could not lock the login throttle of '" + loginName + "'");
    }

    private static LoginThrottle state(ResultSet row) throws SQLException {
        return new LoginThrottle(row.getInt("failures"), Jdbc.instant(row, "locked_until"));
    }

    public void save(String loginName, LoginThrottle state, Instant now) {
        jdbc.update(
                "UPDATE login_throttle SET failures = ?, locked_until = ?, last_failure_at = ? "
                        + "WHERE login_name = ?",
                state.failures(),
                state.lockedUntil(),
                now,
                loginName);
    }

    public void clear(String loginName) {
        jdbc.update("DELETE FROM login_throttle WHERE login_name = ?", loginName);
    }

    /** Names nobody has failed on for {@code age} are forgotten, so probing random names cannot fill the table. */
    public void purgeOlderThan(Instant now, Duration age) {
        jdbc.update(
                "DELETE FROM login_throttle WHERE last_failure_at < ? "
                        + "AND (locked_until IS NULL OR locked_until < ?)",
                now.minus(age),
                now);
    }
}
