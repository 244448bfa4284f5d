package org.tracseq.auth.domain;

import java.time.Instant;

/**
 * One audited security event: what happened, when, who did it, to whom or what, from where, and
 * the change (old → new) with its reason.
 */
public record AuditEvent(
        Long id,
        AuditEventType type,
        Instant at,
        String actor,
        String actorId,
        String subject,
        String subjectId,
        String ip,
        String requestId,
        String oldValue,
        String newValue,
        String reason,
        String detail) {

    /** Starts an event of {@code type} by {@code actor} seen from {@code origin}; the other methods add the rest. */
    public static AuditEvent of(AuditEventType type, Actor actor, Origin origin) {
        return new AuditEvent(
                null,
                type,
                null,
                actor.name(),
                actor.id(),
                null,
                null,
                origin.ip(),
                origin.requestId(),
                null,
                null,
                null,
                null);
    }

    public AuditEvent about(String subjectName, Object subjectIdentifier) {
        return new AuditEvent(
                id,
                type,
                at,
                actor,
                actorId,
                subjectName,
                subjectIdentifier == null ? null : subjectIdentifier.toString(),
                ip,
                requestId,
                oldValue,
                newValue,
                reason,
                detail);
    }

    public AuditEvent change(String from, String to) {
        return new AuditEvent(
                id, type, at, actor, actorId, subject, subjectId, ip, requestId, from, to, reason, detail);
    }

    public AuditEvent because(String why) {
        return new AuditEvent(
                id, type, at, actor, actorId, subject, subjectId, ip, requestId, oldValue, newValue, why, detail);
    }

    public AuditEvent detail(String text) {
        return new AuditEvent(
                id, type, at, actor, actorId, subject, subjectId, ip, requestId, oldValue, newValue, reason, text);
    }
}
