/** Readiness of the sequencing service: its schema migrated and its database answering. */
package org.tracseq.sequencing.health;
