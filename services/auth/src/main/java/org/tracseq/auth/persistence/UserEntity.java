package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.User;
import org.tracseq.platform.security.Role;

/**
 * A row of {@code users}; read out as the domain's {@link User}, or as {@link Credentials} where a
 * password is checked. The role column holds the wire value ({@code lab_technician}).
 */
@Entity
@Table(name = "users")
public class UserEntity {
    @Id
    private UUID id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    private String department;

    @Column(name = "lab_affiliation")
    private String labAffiliation;

    private String role;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    protected UserEntity() {}

    static UserEntity of(User user, String passwordHash) {
        UserEntity entity = new UserEntity();
        entity.id = user.id();
        entity.username = user.username();
        entity.fullName = user.fullName();
        entity.email = user.email();
        entity.department = user.department();
        entity.labAffiliation = user.labAffiliation();
        entity.role = user.role().wireValue();
        entity.passwordHash = passwordHash;
        entity.enabled = user.enabled();
        entity.createdAt = utc(user.createdAt());
        entity.createdBy = user.createdBy();
        entity.updatedAt = utc(user.updatedAt());
        entity.lastLoginAt = utc(user.lastLoginAt());
        entity.passwordChangedAt = utc(user.passwordChangedAt());
        return entity;
    }

    void changeRole(Role newRole, Instant now) {
        role = newRole.wireValue();
        updatedAt = utc(now);
    }

    void changeEnabled(boolean newEnabled, Instant now) {
        enabled = newEnabled;
        updatedAt = utc(now);
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = utc(now);
        updatedAt = utc(now);
    }

    void loggedIn(Instant now) {
        lastLoginAt = utc(now);
    }

    User toUser() {
        return new User(
                id,
                username,
                fullName,
                email,
                department,
                labAffiliation,
                Role.fromWire(role).orElseThrow(),
                enabled,
                instant(createdAt),
                createdBy,
                instant(updatedAt),
                instant(lastLoginAt),
                instant(passwordChangedAt));
    }

    Credentials toCredentials() {
        return new Credentials(toUser(), passwordHash);
    }
}
