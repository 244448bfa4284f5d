/**
 * Readiness checks of the auth service: its schema is migrated and answers, and an active
 * signing key exists.
 */
package org.tracseq.auth.health;
