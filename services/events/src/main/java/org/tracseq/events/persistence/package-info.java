/** The events schema through native statements: the append-only store, subscriptions, deliveries and their log. */
package org.tracseq.events.persistence;
