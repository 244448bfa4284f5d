package org.tracseq.sequencing.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;

/**
 * Kits of library-prep's index catalogue made known to sequencing the way production makes them
 * known: {@code library-prep.kit.imported} and {@code .kit.superseded} put on library-prep's stream
 * exactly as its relay would, then awaited until the catalogue projection has applied them.
 */
final class CatalogueEvents {
    private static final PublishedEvents STREAMS = new PublishedEvents("library-prep");

    private CatalogueEvents() {}

    /** A kit version as library-prep numbers it; {@code label} is how suggestions name it. */
    record Kit(UUID id, String name, int version) {
        String label() {
            return name + " v" + version;
        }
    }

    /** A unique dual kit, version 1, of {@code pairs} ({name, i7, i5 forward}), applied. */
    static Kit uniqueDual(String name, String[]... pairs) {
        Kit kit = new Kit(UUID.randomUUID(), name, 1);
        awaitApplied(imported(kit, 1, pairs));
        return kit;
    }

    /** {@code kit} superseded by its next version, made of {@code pairs}; both events applied. */
    static Kit supersede(Kit kit, String[]... pairs) {
        Kit next = new Kit(UUID.randomUUID(), kit.name(), kit.version() + 1);
        awaitApplied(publish("library-prep.kit.superseded", kit.id(), 2, """
                {"kitId":"%s","name":"%s","version":%d,"supersededBy":"%s"}""".formatted(
                        kit.id(), kit.name(), kit.version(), next.id())));
        awaitApplied(imported(next, 1, pairs));
        return next;
    }

    /**
     * A {@code kit.imported} event of a unique dual {@code kit} with the event version given, its
     * {@code pairs} ({name, i7, i5 forward}) as the payload's index list, or none at all for null (as
     * published before kits carried their indexes). Its id.
     */
    static UUID imported(Kit kit, long eventVersion, String[][] pairs) {
        String indexes = pairs == null
                ? ""
                : Arrays.stream(pairs)
                        .map(pair -> """
                                {"read":"i7","name":"%s","sequence":"%s"},{"read":"i5","name":"%s","sequence":"%s"}""".formatted(pair[0], pair[1], pair[0], pair[2]))
                        .collect(Collectors.joining(",", ",\"indexes\":[", "]"));
        int count = pairs == null ? 1 : pairs.length;
        return publish("library-prep.kit.imported", kit.id(), eventVersion, """
                {"kitId":"%s","name":"%s","version":%d,"indexing":"unique_dual","i7Count":%d,"i5Count":%d%s}""".formatted(
                        kit.id(), kit.name(), kit.version(), count, count, indexes));
    }

    /** Waits until the catalogue projection (group {@code sequencing.catalogue}) has applied the event. */
    static void awaitApplied(UUID eventId) {
        await("kit event " + eventId + " applied")
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong(
                                "SELECT count(*) FROM sequencing.inbox WHERE consumer = 'sequencing.catalogue' "
                                        + "AND event_id = ?",
                                eventId)
                        == 1);
    }

    private static UUID publish(String type, UUID kitId, long version, String payload) {
        return STREAMS.publishAs("library-prep", type, kitId.toString(), version, payload)
                .id();
    }
}
