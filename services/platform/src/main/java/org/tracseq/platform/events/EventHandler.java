package org.tracseq.platform.events;

import java.util.Set;

/**
 * What a service does with other services' events: an {@code @ApplicationScoped} bean implementing
 * this is found at start-up and fed every event of its families, each applied once in a transaction
 * of the service's database (JPA writes included) that also records it in the inbox
 * ({@link EventConsumers}). Throwing rolls that back; the event is tried again and, after
 * {@code tracseq.events.max-failures}, becomes a dead letter. An event the handler has no use for
 * it simply ignores. Events of one aggregate normally come in order, but a retried one comes after
 * those behind it: handlers compare versions or states rather than trusting arrival order.
 */
public interface EventHandler {
    /** The consumer group, shared by every instance of the service: {@code <service>.<purpose>}. */
    String group();

    /** The event families it reads ({@code storage} for {@code storage.item.placed}). */
    Set<String> families();

    void apply(Event event) throws Exception;
}
