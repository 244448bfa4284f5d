package org.tracseq.events.domain;

import java.util.Map;

/**
 * An event a consumer group gave up on: its entry in the group's dead-letter stream, the stream it
 * came from, why, after how many failures, and the event's own fields as the stream carried them.
 */
public record DeadLetter(String entryId, String stream, String reason, int failures, Map<String, String> event) {
    public DeadLetter {
        event = Map.copyOf(event);
    }
}
