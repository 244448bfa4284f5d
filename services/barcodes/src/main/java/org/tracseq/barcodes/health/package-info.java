/** Readiness of the barcodes service: its schema migrated and its database answering. */
package org.tracseq.barcodes.health;
