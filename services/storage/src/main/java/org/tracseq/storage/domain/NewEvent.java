package org.tracseq.storage.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * An event about to be appended to the custody log (ST-8). Start with {@link #of} (what happened,
 * who, when) and add what applies: the sample, where it came from and went to, the location it is
 * about, every location it touches (for per-location reads), the handler's condition and note, a
 * detail. What is not added stays empty.
 */
public record NewEvent(
        EventKind kind,
        String actor,
        Instant at,
        UUID sampleId,
        String barcode,
        UUID fromBox,
        String fromPosition,
        UUID toBox,
        String toPosition,
        UUID locationId,
        Set<UUID> locations,
        String condition,
        String note,
        String detail) {

    public NewEvent {
        locations = Set.copyOf(locations);
    }

    public static NewEvent of(EventKind kind, String actor, Instant at) {
        return new NewEvent(kind, actor, at, null, null, null, null, null, null, null, Set.of(), null, null, null);
    }

    public NewEvent sample(UUID id, String code) {
        return new NewEvent(
                kind,
                actor,
                at,
                id,
                code,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                locationId,
                locations,
                condition,
                note,
                detail);
    }

    /** Where the sample was (a box and a position label). */
    public NewEvent from(UUID box, String position) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                box,
                position,
                toBox,
                toPosition,
                locationId,
                locations,
                condition,
                note,
                detail);
    }

    /** Where the sample is now. */
    public NewEvent to(UUID box, String position) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                box,
                position,
                locationId,
                locations,
                condition,
                note,
                detail);
    }

    /** The location an event of a location is about. */
    public NewEvent location(UUID id) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                id,
                locations,
                condition,
                note,
                detail);
    }

    /** Every location the event touches (both paths of a move), so each one's log shows it. */
    public NewEvent touching(Collection<UUID> ids) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                locationId,
                Set.copyOf(ids),
                condition,
                note,
                detail);
    }

    /** What the tube looked like and why it was handled, as the technician gave them. */
    public NewEvent noted(String givenCondition, String givenNote) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                locationId,
                locations,
                givenCondition,
                givenNote,
                detail);
    }

    public NewEvent detail(String text) {
        return new NewEvent(
                kind,
                actor,
                at,
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                locationId,
                locations,
                condition,
                note,
                text);
    }
}
