package org.tracseq.auth.domain;

import org.tracseq.platform.security.Role;

/**
 * Optional filters of the user list, each null when not given: the role, enabled or not, and a text
 * found (case-insensitively, as plain text) in the username, full name or email.
 */
public record UserFilter(Role role, Boolean enabled, String text) {}
