/** Readiness of the qaqc service: its schema migrated and its database answering. */
package org.tracseq.qaqc.health;
