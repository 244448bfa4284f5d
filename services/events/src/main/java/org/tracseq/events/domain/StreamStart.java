package org.tracseq.events.domain;

import java.util.OptionalLong;

/**
 * Where a server-sent-events stream starts: after the {@code Last-Event-ID} an EventSource sends when
 * it reconnects (it wins: it is the newest thing the client has), else after {@code ?after=} (a
 * browser's first connect, which cannot set the header), else after the newest event stored now,
 * so only new events follow. The stream then sends each matching event whose position is above its
 * cursor and moves the cursor to it, so a reconnect neither misses nor repeats one.
 */
public final class StreamStart {
    private StreamStart() {}

    /** The position to send events after; empty: after the newest stored at connect time. */
    public static OptionalLong of(String lastEventId, Long after) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                long position = Long.parseLong(lastEventId.trim());
                if (position >= 0) {
                    return OptionalLong.of(position);
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException("must be the id of an event this stream sent (a position)");
        }
        return after == null ? OptionalLong.empty() : OptionalLong.of(after);
    }
}
