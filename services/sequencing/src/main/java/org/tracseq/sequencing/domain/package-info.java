/**
 * The sequencing rules (SQ-STATUS, SQ-PLATFORMS, IDX-1 to IDX-3, CB-1, SS-1 to SS-3) and the pooling
 * and demultiplexing arithmetic as plain Java, tested without a container.
 */
package org.tracseq.sequencing.domain;
