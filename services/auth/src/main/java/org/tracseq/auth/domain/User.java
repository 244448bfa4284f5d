package org.tracseq.auth.domain;

import java.time.Instant;
import java.util.UUID;
import org.tracseq.platform.security.Role;

/** A person's account (the password hash is kept apart: see {@code Credentials}). */
public record User(
        UUID id,
        String username,
        String fullName,
        String email,
        String department,
        String labAffiliation,
        Role role,
        boolean enabled,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant lastLoginAt,
        Instant passwordChangedAt) {}
