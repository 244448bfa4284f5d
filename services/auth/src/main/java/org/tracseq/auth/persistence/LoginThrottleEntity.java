package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.tracseq.auth.domain.LoginThrottle;

/**
 * A row of {@code login_throttle} (AU-2), read only: every change to it is a native statement in
 * {@link ThrottleRepository}, because the rule lives in row locks and conditional SQL.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntity {
    @Id
    @Column(name = "login_name")
    private String loginName;

    private int failures;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_failure_at")
    private OffsetDateTime lastFailureAt;

    protected LoginThrottleEntity() {}

    LoginThrottle toThrottle() {
        return new LoginThrottle(failures, instant(lockedUntil));
    }
}
