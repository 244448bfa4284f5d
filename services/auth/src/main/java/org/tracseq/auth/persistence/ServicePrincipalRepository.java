package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.auth.domain.Page;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.auth.service.RevocationRelay;
import org.tracseq.platform.security.Role;

/** The {@code service_principals} table; the API key is only ever stored as its hash. */
@ApplicationScoped
public class ServicePrincipalRepository {
    private static final String COLUMNS = "id, name, description, role, key_prefix, created_at, created_by, "
            + "last_used_at, revoked_at, revoked_by";

    @Inject
    Jdbc jdbc;

    @Inject
    RevocationRelay relay;

    public void insert(ServicePrincipal principal, String keyHash) {
        jdbc.update(
                "INSERT INTO service_principals (" + COLUMNS + ", key_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                principal.id(),
                principal.name(),
                principal.description(),
                principal.role().wireValue(),
                principal.keyPrefix(),
                principal.createdAt(),
                principal.createdBy(),
                principal.lastUsedAt(),
                principal.revokedAt(),
                principal.revokedBy(),
                keyHash);
    }

    public Optional<ServicePrincipal> find(UUID id) {
        return jdbc.one(
                "SELECT " + COLUMNS + " FROM service_principals WHERE id = ?",
                ServicePrincipalRepository::principal,
                id);
    }

    public boolean nameTaken(String name) {
        return jdbc.count("SELECT count(*) FROM service_principals WHERE name = ?", name) > 0;
    }

    /** The active principal holding this key, marked as used now. */
    public Optional<ServicePrincipal> useKey(String keyHash, Instant now) {
        return jdbc.one(
                "UPDATE service_principals SET last_used_at = ? WHERE key_hash = ? AND revoked_at IS NULL "
                        + "RETURNING " + COLUMNS,
                ServicePrincipalRepository::principal,
                now,
                keyHash);
    }

    /** Revokes the key if still active; the row, its name and its history stay. */
    public Optional<ServicePrincipal> revoke(UUID id, String actor, Instant now) {
        Optional<ServicePrincipal> revoked = jdbc.one(
                "UPDATE service_principals SET revoked_at = ?, revoked_by = ? "
                        + "WHERE id = ? AND revoked_at IS NULL RETURNING " + COLUMNS,
                ServicePrincipalRepository::principal,
                now,
                actor,
                id);
        revoked.ifPresent(principal -> relay.principalRevoked(principal.id()));
        return revoked;
    }

    /** Principals revoked after {@code since}, for the revocation relay's sweep. */
    public List<UUID> revokedSince(Instant since) {
        return jdbc.list(
                "SELECT id FROM service_principals WHERE revoked_at > ?",
                row -> row.getObject("id", UUID.class),
                since);
    }

    public boolean isActive(UUID id) {
        return jdbc.count("SELECT count(*) FROM service_principals WHERE id = ? AND revoked_at IS NULL", id) > 0;
    }

    public Page<ServicePrincipal> page(int page, int size) {
        long total = jdbc.count("SELECT count(*) FROM service_principals");
        List<ServicePrincipal> principals = jdbc.list(
                "SELECT " + COLUMNS + " FROM service_principals " + "ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                ServicePrincipalRepository::principal,
                size,
                page * size);
        return new Page<>(principals, page, size, total);
    }

    private static ServicePrincipal principal(ResultSet row) throws SQLException {
        return new ServicePrincipal(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("description"),
                Role.fromWire(row.getString("role")).orElseThrow(),
                row.getString("key_prefix"),
                Jdbc.instant(row, "created_at"),
                row.getString("created_by"),
                Jdbc.instant(row, "last_used_at"),
                Jdbc.instant(row, "revoked_at"),
                row.getString("revoked_by"));
    }
}
