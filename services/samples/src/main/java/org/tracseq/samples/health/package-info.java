/** Readiness of the samples service: its schema migrated and its database answering. */
package org.tracseq.samples.health;
