package org.tracseq.auth.token;

import java.util.UUID;
import org.tracseq.platform.security.Role;

/**
 * Whom a token is for: {@code sub} is the user's or service principal's id, {@code upn} the
 * username or {@code svc:NAME}; {@code sessionId} ({@code sid}) only for a user's login session.
 */
public record TokenSubject(UUID id, String upn, Role role, UUID sessionId) {}
