package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.User;
import org.tracseq.platform.events.Outbox;

/**
 * What other services learn of accounts and keys ({@code auth.user.*}, aggregate = the user id;
 * {@code auth.key.rotated}, aggregate = {@value #KEYS}), through the outbox in the caller's
 * transaction. Never a password, hash, token or private key: who, what changed, and why.
 * Schemas: {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class AuthEvents {
    /** The one aggregate of key rotations, so they are numbered in order. */
    static final String KEYS = "signing-keys";

    @Inject
    Outbox outbox;

    public record UserCreated(UUID userId, String username, String role) {}

    public record RoleChanged(UUID userId, String username, String from, String to, String reason) {}

    public record EnabledChanged(UUID userId, String username, String reason) {}

    public record LockedOut(UUID userId, String username, int failures, Instant lockedUntil) {}

    public record KeyRotated(String kid, String previousKid) {}

    void userCreated(User user, Actor actor) {
        outbox.publish(
                "auth.user.created",
                user.id().toString(),
                new UserCreated(user.id(), user.username(), user.role().wireValue()),
                actor.name());
    }

    void roleChanged(User before, String to, String reason, Actor actor) {
        outbox.publish(
                "auth.user.role_changed",
                before.id().toString(),
                new RoleChanged(before.id(), before.username(), before.role().wireValue(), to, reason),
                actor.name());
    }

    void disabled(User user, String reason, Actor actor) {
        outbox.publish(
                "auth.user.disabled",
                user.id().toString(),
                new EnabledChanged(user.id(), user.username(), reason),
                actor.name());
    }

    void enabled(User user, String reason, Actor actor) {
        outbox.publish(
                "auth.user.enabled",
                user.id().toString(),
                new EnabledChanged(user.id(), user.username(), reason),
                actor.name());
    }

    /** AU-2: a user's login name locked after too many failures in a row. */
    void lockedOut(UUID userId, String username, int failures, Instant lockedUntil) {
        outbox.publish(
                "auth.user.locked_out",
                userId.toString(),
                new LockedOut(userId, username, failures, lockedUntil),
                Actor.SYSTEM.name());
    }

    void keyRotated(String kid, String previousKid, Actor actor) {
        outbox.publish("auth.key.rotated", KEYS, new KeyRotated(kid, previousKid), actor.name());
    }
}
