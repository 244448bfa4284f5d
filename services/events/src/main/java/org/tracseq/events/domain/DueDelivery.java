package org.tracseq.events.domain;

import java.util.UUID;

/** A delivery leased for sending: the event, where to send it, with which secret, and how many attempts went before. */
public record DueDelivery(long id, UUID subscriptionId, String url, String secret, int attempts, StoredEvent event) {}
