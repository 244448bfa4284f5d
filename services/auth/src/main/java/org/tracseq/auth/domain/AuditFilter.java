package org.tracseq.auth.domain;

import java.time.Instant;

/**
 * Optional filters of the audit list (AU-4), each null when not given: the event type, a subject
 * (matched against the subject's name or id) and a half-open time range {@code [from, to)}.
 */
public record AuditFilter(AuditEventType type, String subject, Instant from, Instant to) {}
