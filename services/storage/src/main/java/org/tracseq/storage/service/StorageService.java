package org.tracseq.storage.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.tracseq.platform.client.OnBehalfOfCaller;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.platform.samples.SampleInfo;
import org.tracseq.storage.domain.BoxGeometry;
import org.tracseq.storage.domain.Event;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.FreezeThaw;
import org.tracseq.storage.domain.Handling;
import org.tracseq.storage.domain.Item;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.NewEvent;
import org.tracseq.storage.domain.Occupant;
import org.tracseq.storage.domain.StorageState;
import org.tracseq.storage.persistence.EventRepository;
import org.tracseq.storage.persistence.ItemRepository;
import org.tracseq.storage.persistence.LocationRepository;

/**
 * Placing, moving, checking out and in, releasing and discarding items (ST-3, ST-4, ST-6, ST-7),
 * each one transaction that also appends its custody event (ST-8) and moves the capacity counters
 * (ST-5). Lock order everywhere: boxes (by id), then items (by id), then the other locations (by
 * depth). The samples service is only read, before the transaction; it learns of placements and
 * discards from the custody events published with them ({@code storage.item.*}, docs/events.md), so
 * no lock here waits on it.
 */
@ApplicationScoped
public class StorageService {
    private final Clock clock = Clock.systemUTC();

    @Inject
    LocationRepository locations;

    @Inject
    ItemRepository items;

    @Inject
    EventRepository events;

    @Inject
    CapacityLedger ledger;

    @Inject
    SampleDirectory directory;

    /** For calls to samples made at the same time as another on the request's behalf. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    StorageRules rules;

    @Inject
    ItemLookups lookups;

    /** A sample named by id or by barcode (exactly one). */
    public record SampleRef(UUID id, String barcode) {
        public String describe() {
            return id != null ? id.toString() : barcode;
        }
    }

    /**
     * A sample ready to be placed: known here already ({@code remote} null), or new here with what
     * the samples service said about it and the freeze-thaw count it inherits.
     */
    public record Resolved(UUID id, String barcode, String type, SampleInfo remote, int inheritedFreezeThaw) {}

    /** Handling details a technician gives: what the tube looked like and why. */
    public record Note(String condition, String note) {
        public static final Note NONE = new Note(null, null);
    }

    /** Finds the sample here or asks the samples service (outside any transaction). */
    public Resolved resolve(SampleRef ref) {
        Optional<Item> local = lookups.find(ref);
        if (local.isPresent()) {
            Item item = local.get();
            return new Resolved(item.sampleId(), item.barcode(), item.sampleType(), null, item.freezeThawCount());
        }
        // By id, the sample and its parents are asked for at once: two waits on samples become one.
        CompletableFuture<List<UUID>> parents = ref.id() == null
                ? null
                : OnBehalfOfCaller.supplyAsync(() -> directory.aliquotParents(ref.id()), executor);
        SampleInfo info = ref.id() != null ? directory.sample(ref.id()) : directory.sampleByBarcode(ref.barcode());
        Handling.checkSampleStatus(info.status(), info.barcode());
        List<UUID> aliquotParents =
                parents == null ? directory.aliquotParents(info.id()) : OnBehalfOfCaller.join(parents);
        int inherited = FreezeThaw.inherited(lookups.freezeThawCounts(aliquotParents));
        return new Resolved(info.id(), info.barcode(), info.type(), info, inherited);
    }

    /**
     * A first placement is five statements: the box locked, the item inserted already stored (so it
     * needs neither a lock nor an update of its own), the position taken, the counters of the box and
     * its ancestors changed (one statement that also answers with them) and the custody event.
     */
    @Transactional
    public Views.ItemView place(Resolved sample, UUID boxId, String label, Note note, String actor) {
        Instant now = now();
        Location box = locations.lock(boxId).orElseThrow(() -> ProblemException.notFound("Box", boxId));
        BoxGeometry.Cell requested = label == null ? null : box.geometry().parse(label);
        boolean firstHere = sample.remote() != null
                && items.insert(
                        sample.id(),
                        sample.barcode(),
                        sample.type(),
                        StorageState.STORED,
                        sample.inheritedFreezeThaw(),
                        now);
        Item item = firstHere
                ? new Item(sample.id(), sample.barcode(), sample.type(), null, sample.inheritedFreezeThaw(), now, null)
                : items.lock(sample.id())
                        .orElseThrow(() -> ProblemException.conflict(
                                "Barcode " + sample.barcode() + " belongs to another sample here"));
        Handling.place(item.state(), item.barcode());
        rules.zoneRules().checkPlacement(item.sampleType(), box.zone(), item.barcode());
        BoxGeometry.Cell cell = occupy(box, requested, item.sampleId(), actor, now);
        if (!firstHere) {
            items.update(item.sampleId(), StorageState.STORED, item.freezeThawCount(), now);
        }
        events.append(NewEvent.of(EventKind.PLACED, actor, now)
                .sample(item.sampleId(), item.barcode())
                .to(boxId, cell.label())
                .touching(box.path())
                .noted(note.condition(), note.note()));
        Map<UUID, Location> counted = ledger.apply(new CapacityLedger.Changes().add(box.path(), 0, 1), actor, now);
        return view(
                new Item(
                        item.sampleId(),
                        item.barcode(),
                        item.sampleType(),
                        StorageState.STORED,
                        item.freezeThawCount(),
                        now,
                        new Item.Placement(boxId, cell.row(), cell.column())),
                box.path().stream().map(counted::get).toList());
    }

    @Transactional
    public Views.ItemView move(UUID sampleId, UUID boxId, String label, Note note, String actor) {
        Instant now = now();
        Item before = known(sampleId);
        Map<UUID, Location> boxes = locations.lockBoxes(
                before.position() == null
                        ? List.of(boxId)
                        : List.of(boxId, before.position().boxId()));
        Location target =
                Optional.ofNullable(boxes.get(boxId)).orElseThrow(() -> ProblemException.notFound("Box", boxId));
        BoxGeometry.Cell requested = label == null ? null : target.geometry().parse(label);
        Item item = lockedIn(sampleId, boxes);
        Handling.move(item.state(), item.barcode());
        rules.zoneRules().checkPlacement(item.sampleType(), target.zone(), item.barcode());
        Item.Placement from = item.position();
        if (requested != null
                && from.boxId().equals(boxId)
                && from.row() == requested.row()
                && from.column() == requested.column()) {
            throw RuleViolation.conflict("ST-3", "Sample " + item.barcode() + " is already at " + requested.label());
        }
        items.vacate(sampleId);
        BoxGeometry.Cell cell = occupy(target, requested, sampleId, actor, now);
        Location source = boxes.get(from.boxId());
        if (!source.id().equals(target.id())) {
            ledger.apply(new CapacityLedger.Changes().add(source.path(), 0, -1).add(target.path(), 0, 1), actor, now);
        }
        items.update(sampleId, StorageState.STORED, item.freezeThawCount(), now);
        Set<UUID> touched = new HashSet<>(source.path());
        touched.addAll(target.path());
        events.append(NewEvent.of(EventKind.MOVED, actor, now)
                .sample(sampleId, item.barcode())
                .from(from.boxId(), from.label())
                .to(boxId, cell.label())
                .touching(touched)
                .noted(note.condition(), note.note()));
        return view(sampleId);
    }

    @Transactional
    public Views.ItemView checkOut(UUID sampleId, Note note, String actor) {
        Instant now = now();
        Item item = items.lock(sampleId).orElseThrow(() -> notStored(sampleId));
        Handling.checkOut(item.state(), item.barcode());
        Location box = locations.find(item.position().boxId()).orElseThrow();
        int count = FreezeThaw.afterCheckOut(item.freezeThawCount(), box.zone());
        items.update(sampleId, StorageState.CHECKED_OUT, count, now);
        events.append(NewEvent.of(EventKind.CHECKED_OUT, actor, now)
                .sample(sampleId, item.barcode())
                .from(box.id(), item.position().label())
                .touching(box.path())
                .noted(note.condition(), note.note())
                .detail(count > item.freezeThawCount() ? "freeze-thaw cycle " + count : null));
        return view(sampleId);
    }

    @Transactional
    public Views.ItemView checkIn(UUID sampleId, Note note, String actor) {
        Instant now = now();
        Item item = items.lock(sampleId).orElseThrow(() -> notStored(sampleId));
        Handling.checkIn(item.state(), item.barcode());
        Location box = locations.find(item.position().boxId()).orElseThrow();
        items.update(sampleId, StorageState.STORED, item.freezeThawCount(), now);
        events.append(NewEvent.of(EventKind.CHECKED_IN, actor, now)
                .sample(sampleId, item.barcode())
                .to(box.id(), item.position().label())
                .touching(box.path())
                .noted(note.condition(), note.note()));
        return view(sampleId);
    }

    @Transactional
    public Views.ItemView release(UUID sampleId, Note note, String actor) {
        Instant now = now();
        Item before = known(sampleId);
        Map<UUID, Location> boxes = locations.lockBoxes(
                before.position() == null
                        ? List.of()
                        : List.of(before.position().boxId()));
        Item item = lockedIn(sampleId, boxes);
        Handling.release(item.state(), item.barcode());
        Location box = boxes.get(item.position().boxId());
        items.vacate(sampleId);
        ledger.apply(new CapacityLedger.Changes().add(box.path(), 0, -1), actor, now);
        items.update(sampleId, StorageState.RELEASED, item.freezeThawCount(), now);
        events.append(NewEvent.of(EventKind.RELEASED, actor, now)
                .sample(sampleId, item.barcode())
                .from(box.id(), item.position().label())
                .touching(box.path())
                .noted(note.condition(), note.note()));
        return view(sampleId);
    }

    /**
     * ST-7 here: the item becomes discarded, its position (also a reserved one) is freed and counted,
     * and the custody event is written; {@link Discards} checks the samples service's status first.
     */
    @Transactional
    public Views.ItemView discard(UUID sampleId, Note note, String actor) {
        Instant now = now();
        Item before = known(sampleId);
        Map<UUID, Location> boxes = locations.lockBoxes(
                before.position() == null
                        ? List.of()
                        : List.of(before.position().boxId()));
        Item item = lockedIn(sampleId, boxes);
        Handling.discard(item.state(), item.barcode());
        Set<UUID> touched = Set.of();
        if (item.position() != null) {
            Location box = boxes.get(item.position().boxId());
            items.vacate(sampleId);
            ledger.apply(new CapacityLedger.Changes().add(box.path(), 0, -1), actor, now);
            touched = Set.copyOf(box.path());
        }
        items.update(sampleId, StorageState.DISCARDED, item.freezeThawCount(), now);
        events.append(NewEvent.of(EventKind.DISCARDED, actor, now)
                .sample(sampleId, item.barcode())
                .from(
                        item.position() == null ? null : item.position().boxId(),
                        item.position() == null ? null : item.position().label())
                .touching(touched)
                .noted(note.condition(), note.note())
                .detail("volume set to 0"));
        return view(sampleId);
    }

    /** ST-8: a receipt, accepted or failed (which needs a note). */
    @Transactional
    public Event receive(SampleRef ref, boolean failed, Note note, String actor) {
        Handling.checkReceipt(failed, note.note());
        Optional<Item> local = ref.id() != null ? items.find(ref.id()) : items.findByBarcode(ref.barcode());
        UUID id;
        String barcode;
        if (local.isPresent()) {
            id = local.get().sampleId();
            barcode = local.get().barcode();
        } else {
            SampleInfo info = ref.id() != null ? directory.sample(ref.id()) : directory.sampleByBarcode(ref.barcode());
            id = info.id();
            barcode = info.barcode();
        }
        long eventId = events.append(NewEvent.of(failed ? EventKind.RECEIPT_FAILED : EventKind.RECEIVED, actor, now())
                .sample(id, barcode)
                .noted(note.condition(), note.note()));
        return events.find(eventId).orElseThrow();
    }

    /** One entry of a box layout: a position label and the sample meant to be there. */
    public record LayoutEntry(String position, Resolved sample) {}

    /**
     * A rack scanner's view of a box, applied atomically: each listed sample ends at its position,
     * moved from wherever it is stored or placed if it is new; occupants of listed positions must
     * themselves be listed elsewhere in the layout (ST-3).
     */
    @Transactional
    public Views.LayoutOutcome layout(UUID boxId, List<LayoutEntry> entries, String note, String actor) {
        Instant now = now();
        Location target = locations.find(boxId).orElseThrow(() -> ProblemException.notFound("Box", boxId));
        BoxGeometry geometry = target.geometry();
        Map<UUID, BoxGeometry.Cell> cellOf = new HashMap<>();
        Map<Integer, UUID> sampleAt = new HashMap<>();
        var problems = ValidationProblem.collector();
        for (int i = 0; i < entries.size(); i++) {
            BoxGeometry.Cell cell = geometry.parse(entries.get(i).position());
            UUID id = entries.get(i).sample().id();
            if (sampleAt.putIfAbsent(cell.index(geometry.columns()), id) != null) {
                problems.add("positions[" + i + "].position", cell.label() + " is listed twice");
            }
            if (cellOf.putIfAbsent(id, cell) != null) {
                problems.add(
                        "positions[" + i + "]",
                        "sample " + entries.get(i).sample().barcode() + " is listed twice");
            }
        }
        problems.throwIfAny();
        Map<UUID, Resolved> resolved =
                entries.stream().map(LayoutEntry::sample).collect(Collectors.toMap(Resolved::id, r -> r, (a, b) -> a));
        Set<UUID> boxIds = new LinkedHashSet<>(List.of(boxId));
        for (UUID id : resolved.keySet()) {
            items.find(id).map(Item::position).ifPresent(position -> boxIds.add(position.boxId()));
        }
        Map<UUID, Location> boxes = locations.lockBoxes(boxIds);
        target = boxes.get(boxId);
        Set<UUID> firstHere = new HashSet<>();
        for (Resolved sample : resolved.values()) {
            if (sample.remote() != null
                    && items.insert(
                            sample.id(),
                            sample.barcode(),
                            sample.type(),
                            StorageState.RELEASED,
                            sample.inheritedFreezeThaw(),
                            now)) {
                firstHere.add(sample.id());
            }
        }
        List<Item> locked = new ArrayList<>();
        for (UUID id : resolved.keySet().stream().sorted().toList()) {
            locked.add(lockedIn(id, boxes));
        }
        for (Item item : locked) {
            if (item.state() == StorageState.STORED) {
                Handling.move(item.state(), item.barcode());
            } else {
                Handling.place(firstHere.contains(item.sampleId()) ? null : item.state(), item.barcode());
            }
            rules.zoneRules().checkPlacement(item.sampleType(), target.zone(), item.barcode());
        }
        for (Occupant occupant : items.occupants(boxId)) {
            UUID listed = sampleAt.get((occupant.row() - 1) * geometry.columns() + occupant.column() - 1);
            if (listed != null && !listed.equals(occupant.sampleId()) && !cellOf.containsKey(occupant.sampleId())) {
                throw RuleViolation.conflict(
                        "ST-3",
                        "Position " + BoxGeometry.label(occupant.row(), occupant.column())
                                + " holds " + occupant.barcode()
                                + ", which this layout does not move; list it at another "
                                + "position or move it first");
            }
        }
        int placed = 0;
        int moved = 0;
        int unchanged = 0;
        List<Item> changing = new ArrayList<>();
        for (Item item : locked) {
            BoxGeometry.Cell cell = cellOf.get(item.sampleId());
            Item.Placement from = item.position();
            if (from != null
                    && from.boxId().equals(boxId)
                    && from.row() == cell.row()
                    && from.column() == cell.column()) {
                unchanged++;
            } else {
                changing.add(item);
                if (from != null) {
                    items.vacate(item.sampleId());
                }
            }
        }
        CapacityLedger.Changes counters = new CapacityLedger.Changes();
        for (Item item : changing) {
            BoxGeometry.Cell cell = cellOf.get(item.sampleId());
            if (!items.occupy(boxId, cell.row(), cell.column(), item.sampleId(), actor, now)) {
                throw occupied(target, cell);
            }
            Item.Placement from = item.position();
            Set<UUID> touched = new HashSet<>(target.path());
            if (from == null) {
                placed++;
                counters.add(target.path(), 0, 1);
                events.append(NewEvent.of(EventKind.PLACED, actor, now)
                        .sample(item.sampleId(), item.barcode())
                        .to(boxId, cell.label())
                        .touching(touched)
                        .noted(null, note)
                        .detail("box layout"));
            } else {
                moved++;
                if (!from.boxId().equals(boxId)) {
                    counters.add(boxes.get(from.boxId()).path(), 0, -1).add(target.path(), 0, 1);
                    touched.addAll(boxes.get(from.boxId()).path());
                }
                events.append(NewEvent.of(EventKind.MOVED, actor, now)
                        .sample(item.sampleId(), item.barcode())
                        .from(from.boxId(), from.label())
                        .to(boxId, cell.label())
                        .touching(touched)
                        .noted(null, note)
                        .detail("box layout"));
            }
            items.update(item.sampleId(), StorageState.STORED, item.freezeThawCount(), now);
        }
        ledger.apply(counters, actor, now);
        Location after = locations.find(boxId).orElseThrow();
        return new Views.LayoutOutcome(placed, moved, unchanged, new Views.Grid(after, items.occupants(boxId)));
    }

    @Transactional
    public Views.ItemView view(UUID sampleId) {
        Item item = items.find(sampleId).orElseThrow(() -> notStored(sampleId));
        return view(item);
    }

    @Transactional
    public Views.ItemView viewByBarcode(String barcode) {
        return view(items.findByBarcode(barcode)
                .orElseThrow(() -> new ProblemException(
                        404,
                        "not-found",
                        "Not found",
                        "No sample with barcode '" + barcode + "' has been in storage")));
    }

    private Views.ItemView view(Item item) {
        return view(
                item,
                item.position() == null
                        ? List.of()
                        : locations.path(item.position().boxId()));
    }

    /** {@code boxPath}: the item's box and its ancestors as this transaction sees them, facility first. */
    private Views.ItemView view(Item item, List<Location> boxPath) {
        boolean warn = rules.freezeThaw().warn(item.sampleType(), item.freezeThawCount());
        return new Views.ItemView(item, boxPath.isEmpty() ? null : boxPath.get(boxPath.size() - 1), boxPath, warn);
    }

    /** ST-8: a sample's events, oldest first, and their total, from one transaction. */
    @Transactional
    public Page<Event> custody(UUID sampleId, PageRequest page) {
        return events.ofSample(sampleId, page);
    }

    private Item known(UUID sampleId) {
        return items.find(sampleId).orElseThrow(() -> notStored(sampleId));
    }

    /** Locks the item; its position must be in one of the boxes already locked (else it moved meanwhile). */
    private Item lockedIn(UUID sampleId, Map<UUID, Location> lockedBoxes) {
        Item item = items.lock(sampleId).orElseThrow(() -> notStored(sampleId));
        if (item.position() != null && !lockedBoxes.containsKey(item.position().boxId())) {
            throw ProblemException.conflict(
                    "Sample " + item.barcode() + " was moved by another request meanwhile; " + "retry");
        }
        return item;
    }

    /** Takes the requested position, or the box's next free one when none is requested (ST-3). */
    private BoxGeometry.Cell occupy(
            Location box, BoxGeometry.Cell requested, UUID sampleId, String actor, Instant now) {
        if (requested == null) {
            return items.occupyFirstFree(box.id(), box.geometry(), sampleId, actor, now)
                    .orElseThrow(() -> RuleViolation.conflict(
                            "ST-3",
                            "Box " + box.name() + " is full (" + box.geometry().capacity()
                                    + " positions); choose another box"));
        }
        if (!items.occupy(box.id(), requested.row(), requested.column(), sampleId, actor, now)) {
            throw occupied(box, requested);
        }
        return requested;
    }

    private static RuleViolation occupied(Location box, BoxGeometry.Cell cell) {
        return RuleViolation.conflict(
                "ST-3",
                "Position " + cell.label() + " of box " + box.name()
                        + " is taken; choose a free position or leave the position out to take the next free one");
    }

    private static ProblemException notStored(UUID sampleId) {
        return new ProblemException(404, "not-found", "Not found", "Sample '" + sampleId + "' has not been in storage");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
