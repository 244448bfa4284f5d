/** Samples and their rules (SM-TYPES, SM-STATUS, SM-1 to SM-4) as plain Java, tested without a container. */
package org.tracseq.samples.domain;
