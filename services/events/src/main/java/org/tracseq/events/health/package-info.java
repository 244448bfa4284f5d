/** Readiness of the events service: its schema migrated and its database answering. */
package org.tracseq.events.health;
