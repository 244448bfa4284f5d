package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.samples.domain.AuditAction;
import org.tracseq.samples.domain.AuditEntry;
import org.tracseq.samples.domain.Barcodes;
import org.tracseq.samples.domain.BatchIntake;
import org.tracseq.samples.domain.ChildBatch;
import org.tracseq.samples.domain.ChildDraft;
import org.tracseq.samples.domain.LineageLink;
import org.tracseq.samples.domain.LineageRules;
import org.tracseq.samples.domain.ParentLinkDraft;
import org.tracseq.samples.domain.Quantities;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleChanges;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleEdit;
import org.tracseq.samples.domain.SampleFilter;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StatusChange;
import org.tracseq.samples.domain.StatusRules;
import org.tracseq.samples.domain.StorageAnswer;
import org.tracseq.samples.domain.Volume;
import org.tracseq.samples.persistence.HistoryRepository;
import org.tracseq.samples.persistence.LineageLinkEntity;
import org.tracseq.samples.persistence.SampleEntity;
import org.tracseq.samples.persistence.SampleRepository;

/**
 * What can be done with samples, one transaction per method. Every change locks the rows it changes,
 * applies the domain rules to what it read, and writes its status history and audit records in the
 * same transaction. Remote calls (barcodes, storage) happen before these methods, never inside them.
 */
@ApplicationScoped
public class SampleService {
    private static final String BARCODE_CONSTRAINT = "samples_barcode_unique";

    @Inject
    SampleRepository samples;

    @Inject
    HistoryRepository history;

    @Inject
    AuditTrail audit;

    @Inject
    SampleEvents events;

    /** Samples created by one batch, in row order, and the rows refused (only when not all-or-nothing). */
    public record BatchOutcome(List<Sample> created, List<Integer> rejectedRows, BatchIntake intake) {}

    @Transactional
    public Sample register(SampleDraft draft, Quantities quantities, String actor) {
        if (samples.findByBarcode(draft.barcode()).isPresent()) {
            throw barcodeTaken(draft.barcode());
        }
        SampleEntity sample = insert(draft, quantities, new AuditTrail.Act(actor, now(), null));
        flushBarcodes(() -> barcodeTaken(draft.barcode()));
        return sample.toSample();
    }

    /**
     * Registers a reviewed batch whose rows have their barcodes. Rows whose barcode is already taken
     * join the rejected ones; an all-or-nothing batch with any rejected row creates nothing (SM-4).
     */
    @Transactional
    public BatchOutcome registerBatch(BatchIntake intake, boolean atomic, String actor) {
        markTakenBarcodes(intake);
        List<SampleDraft> rows = intake.rows();
        if (intake.hasProblems() && (atomic || intake.rejectedRows().size() == rows.size())) {
            throw intake.rejection();
        }
        AuditTrail.Act act = new AuditTrail.Act(actor, now(), "batch intake");
        List<SampleEntity> created = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            if (intake.isValid(row)) {
                created.add(insert(rows.get(row), intake.quantities(row), act));
            }
        }
        flushBarcodes(() -> RuleViolation.conflict(
                Barcodes.RULE,
                "Another request registered one of these barcodes " + "meanwhile; send the batch again to see which"));
        return new BatchOutcome(created.stream().map(SampleEntity::toSample).toList(), intake.rejectedRows(), intake);
    }

    /** Adds to the review the rows whose barcode already belongs to a registered sample. */
    public void markTakenBarcodes(BatchIntake intake) {
        intake.markTaken(registeredBarcodes(intake.rows().stream()
                .map(SampleDraft::barcode)
                .filter(Objects::nonNull)
                .toList()));
    }

    /** Those of {@code barcodes} that registered samples have. */
    public Set<String> registeredBarcodes(List<String> barcodes) {
        return samples.registeredBarcodes(barcodes);
    }

    public boolean isRegistered(String barcode) {
        return samples.findByBarcode(barcode).isPresent();
    }

    private SampleEntity insert(SampleDraft draft, Quantities quantities, AuditTrail.Act act) {
        SampleEntity sample = SampleEntity.register(draft, quantities, act.actor(), act.at());
        samples.add(sample);
        audit.registered(sample.id(), draft.barcode(), act);
        events.registered(sample.toSample(), act.actor());
        return sample;
    }

    public Sample get(UUID id) {
        return load(id).toSample();
    }

    public Sample getByBarcode(String barcode) {
        return samples.findByBarcode(barcode)
                .map(SampleEntity::toSample)
                .orElseThrow(() -> ProblemException.notFound("Sample with barcode", barcode));
    }

    /** One page and the total, read in one transaction. */
    @Transactional
    public Page<Sample> list(SampleFilter filter, PageRequest page) {
        return samples.search(filter, page).map(SampleEntity::toSample);
    }

    /**
     * Hands every matching sample to {@code sink}, a page at a time, in the requested order. Not one
     * transaction: an export streams for as long as the client reads, longer than a transaction should last.
     */
    public void forEach(SampleFilter filter, PageRequest firstPage, Consumer<Sample> sink) {
        PageRequest page = firstPage;
        Page<SampleEntity> result;
        do {
            result = samples.search(filter, page);
            result.items().forEach(entity -> sink.accept(entity.toSample()));
            page = new PageRequest(page.page() + 1, page.size(), page.sortField(), page.ascending());
        } while ((long) page.offset() < result.total());
    }

    /** Applies a merge patch; a patch that changes nothing writes nothing. */
    @Transactional
    public Sample update(UUID id, SampleChanges changes, String actor) {
        SampleEntity sample = lock(id);
        if (sample.status() == SampleStatus.DELETED) {
            throw RuleViolation.conflict(StatusRules.RULE, "The sample is deleted and can no longer be changed");
        }
        boolean retyped = changes.type().isPresent();
        boolean everValidated = retyped && history.hasReached(id, SampleStatus.VALIDATED);
        boolean hasLineage = retyped && samples.hasLineage(id);
        SampleEdit edit = SampleEdit.apply(sample.toSample(), changes, everValidated, hasLineage);
        if (!edit.changes().isEmpty()) {
            AuditTrail.Act act = new AuditTrail.Act(actor, now(), null);
            sample.apply(edit, act.at());
            edit.changes()
                    .forEach(change -> audit.record(
                            id, AuditAction.UPDATED, change.field(), change.oldValue(), change.newValue(), act));
            events.updated(
                    id,
                    edit.changes().stream()
                            .map(change -> SampleEvents.Change.of(change.field(), change.oldValue(), change.newValue()))
                            .toList(),
                    actor);
        }
        return sample.toSample();
    }

    /** Whether the sample was ever {@code in_storage}, so storage may hold it. */
    @Transactional
    public boolean wasEverInStorage(UUID id) {
        load(id);
        return history.hasReached(id, SampleStatus.IN_STORAGE);
    }

    /**
     * Changes the status (SM-STATUS; ST-7 with {@code storage}, what storage said before this
     * transaction). Discarding empties the sample: its available volume becomes 0 (ST-7).
     */
    @Transactional
    public Sample changeStatus(UUID id, SampleStatus target, String reason, StorageAnswer storage, String actor) {
        SampleEntity sample = lock(id);
        long liveChildren = target == SampleStatus.DELETED ? samples.liveChildren(id) : 0;
        StatusRules.checkChange(sample.status(), target, reason, liveChildren);
        boolean everInStorage = target.leavesCirculation() && history.hasReached(id, SampleStatus.IN_STORAGE);
        StatusRules.checkStorageLetGo(target, storage, everInStorage);
        AuditTrail.Act act = new AuditTrail.Act(actor, now(), reason);
        SampleStatus from = sample.status();
        sample.setStatus(target, act.at());
        audit.statusChanged(id, from, target, act);
        events.statusChanged(sample.toSample(), from, reason, actor);
        if (target == SampleStatus.DISCARDED) {
            Quantities before = sample.quantities();
            Quantities after = before.emptied();
            if (!after.equals(before)) {
                sample.setQuantities(after);
                audit.record(id, AuditAction.UPDATED, "availableVolume", before.available(), after.available(), act);
                events.availableVolumeChanged(id, before.available(), after.available(), actor);
            }
        }
        return sample.toSample();
    }

    /**
     * Makes a child of {@code parentId}, taking its volume from the parent's available volume. The
     * parent's row stays locked until commit, so concurrent children can never take more than there is.
     */
    @Transactional
    public Sample createChild(UUID parentId, ChildDraft draft, String actor) {
        SampleEntity parent = lock(parentId);
        SampleDraft child = checkChild(parent.toSample(), draft);
        Quantities childQuantities =
                new Quantities(child.initialVolume(), child.initialVolume(), child.concentration());
        AuditTrail.Act act = new AuditTrail.Act(actor, now(), draft.relation().wireValue() + " of " + parent.barcode());
        SampleEntity created = insert(child, childQuantities, act);
        samples.add(new LineageLinkEntity(parentId, created.id(), draft.relation(), draft.volume(), actor, act.at()));
        events.parentLinked(created.id(), parentId, draft.relation(), draft.volume(), actor);
        if (draft.volume() != null) {
            take(parent, draft.volume(), act.withReason(draft.relation().wireValue() + " " + child.barcode()));
        }
        flushBarcodes(() -> barcodeTaken(child.barcode()));
        return created.toSample();
    }

    /**
     * Every check {@link #createChild} makes, without a lock, so a child that would be refused is
     * refused before a barcode is issued for it; returns the parent.
     */
    public Sample checkChild(UUID parentId, ChildDraft draft) {
        Sample parent = get(parentId);
        checkChild(parent, draft);
        return parent;
    }

    /** The child as a new sample, after the parent's status (SM-1), the child's type (SM-2), its barcode (SM-3) and the volume it takes (SM-1). */
    private SampleDraft checkChild(Sample parent, ChildDraft draft) {
        LineageRules.checkParentGivesMaterial(parent.status());
        SampleDraft child = draft.toSampleDraft(parent);
        LineageRules.checkChildType(draft.relation(), parent.type(), child.type());
        if (child.barcode() != null && samples.findByBarcode(child.barcode()).isPresent()) {
            throw barcodeTaken(child.barcode());
        }
        if (draft.volume() != null) {
            parent.quantities().take(draft.volume());
        }
        return child;
    }

    /** The samples with these ids that exist, read without locks (for a review before the transaction). */
    public Map<UUID, Sample> find(Collection<UUID> ids) {
        Map<UUID, Sample> found = new HashMap<>();
        samples.findByIds(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(sample -> found.put(sample.id(), sample.toSample()));
        return found;
    }

    /**
     * Makes every child of a reviewed batch whose rows have their barcodes, in row order, or none
     * (SM-4). The parents' rows are locked (in id order, so two batches cannot deadlock) and the
     * batch reviewed again against them, so concurrent requests never take more than there is (SM-1).
     */
    @Transactional
    public List<Sample> createChildren(ChildBatch batch, String actor) {
        Map<UUID, SampleEntity> parents = new HashMap<>();
        batch.parentIds().stream().sorted().forEach(id -> parents.put(id, lock(id)));
        Map<UUID, Sample> current = new HashMap<>();
        parents.forEach((id, parent) -> current.put(id, parent.toSample()));
        ChildBatch locked = ChildBatch.review(batch.rows(), Map.of(), current);
        if (locked.hasProblems()) {
            throw locked.rejection();
        }
        OffsetDateTime at = now();
        List<Sample> created = new ArrayList<>();
        for (ChildBatch.Row row : batch.rows()) {
            SampleEntity parent = parents.get(row.parentId());
            ChildDraft draft = row.draft();
            SampleDraft child = draft.toSampleDraft(parent.toSample());
            Quantities childQuantities =
                    new Quantities(child.initialVolume(), child.initialVolume(), child.concentration());
            AuditTrail.Act act =
                    new AuditTrail.Act(actor, at, draft.relation().wireValue() + " of " + parent.barcode());
            SampleEntity entity = insert(child, childQuantities, act);
            samples.add(new LineageLinkEntity(parent.id(), entity.id(), draft.relation(), draft.volume(), actor, at));
            events.parentLinked(entity.id(), parent.id(), draft.relation(), draft.volume(), actor);
            if (draft.volume() != null) {
                take(parent, draft.volume(), act.withReason(draft.relation().wireValue() + " " + child.barcode()));
            }
            created.add(entity.toSample());
        }
        flushBarcodes(() -> RuleViolation.conflict(
                Barcodes.RULE,
                "Another request registered one of the issued barcodes meanwhile; send the batch again"));
        return created;
    }

    /** Records an existing sample as a parent of {@code childId}; never closes a cycle (SM-2). */
    @Transactional
    public LineageLink addParent(UUID childId, ParentLinkDraft link, String actor) {
        samples.lockLineage();
        SampleEntity child = lock(childId);
        SampleEntity parent = samples.lockById(link.parentId())
                .orElseThrow(() -> ProblemException.notFound("Parent sample", link.parentId()));
        LineageRules.checkNoCycle(parent.id(), child.id(), samples.ancestorIds(parent.id()));
        if (samples.linkExists(parent.id(), child.id())) {
            throw RuleViolation.conflict(
                    LineageRules.RULE,
                    "The sample already has " + parent.barcode()
                            + " as a parent; a link is recorded once and never changes");
        }
        if (link.volume() != null) {
            LineageRules.checkParentGivesMaterial(parent.status());
        } else {
            LineageRules.checkParentLinkable(parent.status());
        }
        LineageRules.checkChildLinkable(child.status());
        LineageRules.checkChildType(link.relation(), parent.type(), child.type());
        AuditTrail.Act act = new AuditTrail.Act(actor, now(), link.relation().wireValue());
        LineageLinkEntity entity =
                new LineageLinkEntity(parent.id(), child.id(), link.relation(), link.volume(), actor, act.at());
        samples.add(entity);
        audit.record(child.id(), AuditAction.PARENT_LINKED, "parents", null, parent.barcode(), act);
        events.parentLinked(child.id(), parent.id(), link.relation(), link.volume(), actor);
        child.touch(act.at());
        if (link.volume() != null) {
            take(parent, link.volume(), act.withReason(link.relation().wireValue() + " into " + child.barcode()));
        }
        return entity.toLink();
    }

    private void take(SampleEntity parent, Volume volume, AuditTrail.Act act) {
        Quantities before = parent.quantities();
        Quantities after = before.take(volume);
        parent.setQuantities(after);
        parent.touch(act.at());
        audit.record(
                parent.id(), AuditAction.VOLUME_TAKEN, "availableVolume", before.available(), after.available(), act);
        events.availableVolumeChanged(parent.id(), before.available(), after.available(), act.actor());
    }

    @Transactional
    public Page<Sample> children(UUID parentId, PageRequest page) {
        load(parentId);
        return samples.children(parentId, page).map(SampleEntity::toSample);
    }

    /** Ancestors and descendants of a sample. */
    public record Lineage(UUID sampleId, List<LineageLink> ancestors, List<LineageLink> descendants) {}

    @Transactional
    public Lineage lineage(UUID id) {
        load(id);
        return new Lineage(id, samples.ancestorLinks(id), samples.descendantLinks(id));
    }

    @Transactional
    public List<StatusChange> statusHistory(UUID id) {
        load(id);
        return history.statusHistory(id);
    }

    @Transactional
    public Page<AuditEntry> audit(UUID id, PageRequest page) {
        load(id);
        return history.audit(id, page);
    }

    private SampleEntity load(UUID id) {
        return samples.findById(id).orElseThrow(() -> ProblemException.notFound("Sample", id));
    }

    private SampleEntity lock(UUID id) {
        return samples.lockById(id).orElseThrow(() -> ProblemException.notFound("Sample", id));
    }

    /**
     * Writes now so a barcode registered concurrently by another request is reported as the SM-3
     * conflict it is; the pre-check above cannot see uncommitted rows.
     */
    private void flushBarcodes(Supplier<RuleViolation> onDuplicate) {
        try {
            samples.flush();
        } catch (PersistenceException e) {
            if (mentions(e, BARCODE_CONSTRAINT)) {
                throw onDuplicate.get();
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static RuleViolation barcodeTaken(String barcode) {
        return RuleViolation.conflict(
                Barcodes.RULE,
                "Barcode " + barcode + " belongs to another sample already; "
                        + "barcodes are unique, use another one or leave it out to have one issued");
    }

    /** Microsecond precision, what PostgreSQL stores, so a response shows what was saved. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
