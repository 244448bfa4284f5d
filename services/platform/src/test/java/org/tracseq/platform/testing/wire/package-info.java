/**
 * Every response a test receives is checked against its OpenAPI contract on the wire: status,
 * headers and body ({@link org.tracseq.platform.testing.wire.WireContract}). RestAssured and the
 * generated MicroProfile Rest Clients check by themselves; a test that talks HTTP otherwise calls
 * {@code WireContract} with what it received.
 */
package org.tracseq.platform.testing.wire;
