package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.platform.security.Role;

/** A row of {@code service_principals}; the API key only as its hash, which is never read back out. */
@Entity
@Table(name = "service_principals")
public class ServicePrincipalEntity {
    @Id
    private UUID id;

    private String name;

    private String description;

    private String role;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected ServicePrincipalEntity() {}

    static ServicePrincipalEntity of(ServicePrincipal principal, String keyHash) {
        ServicePrincipalEntity entity = new ServicePrincipalEntity();
        entity.id = principal.id();
        entity.name = principal.name();
        entity.description = principal.description();
        entity.role = principal.role().wireValue();
        entity.keyHash = keyHash;
        entity.keyPrefix = principal.keyPrefix();
        entity.createdAt = utc(principal.createdAt());
        entity.createdBy = principal.createdBy();
        entity.lastUsedAt = utc(principal.lastUsedAt());
        entity.revokedAt = utc(principal.revokedAt());
        entity.revokedBy = principal.revokedBy();
        return entity;
    }

    ServicePrincipal toPrincipal() {
        return new ServicePrincipal(
                id,
                name,
                description,
                Role.fromWire(role).orElseThrow(),
                keyPrefix,
                instant(createdAt),
                createdBy,
                instant(lastUsedAt),
                instant(revokedAt),
                revokedBy);
    }
}
