/**
 * A bad-input corpus generated from every contract in {@code openapi/}: each operation receives one
 * malformed request at a time through the gateway, and must refuse it with a 4xx problem that writes
 * nothing.
 */
package org.tracseq.system.corpus;
