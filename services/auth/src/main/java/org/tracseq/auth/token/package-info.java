/**
 * Access tokens (AU-3): RS256 JWTs, their signing keys and the key ring that publishes them, as
 * plain Java without a container, covered by unit tests.
 */
package org.tracseq.auth.token;
