package org.tracseq.samples.api;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tracseq.contract.samples.model.AliquotCreate;
import org.tracseq.contract.samples.model.BatchRowReport;
import org.tracseq.contract.samples.model.ChildBatchCreate;
import org.tracseq.contract.samples.model.ChildBatchResult;
import org.tracseq.contract.samples.model.ChildCreate;
import org.tracseq.contract.samples.model.ParentLinkCreate;
import org.tracseq.contract.samples.model.SampleBatchCreate;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.contract.samples.model.SamplePatch;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.samples.domain.AuditEntry;
import org.tracseq.samples.domain.ChildBatch;
import org.tracseq.samples.domain.ChildDraft;
import org.tracseq.samples.domain.Concentration;
import org.tracseq.samples.domain.ConcentrationUnit;
import org.tracseq.samples.domain.LineageLink;
import org.tracseq.samples.domain.LineageRelation;
import org.tracseq.samples.domain.ParentLinkDraft;
import org.tracseq.samples.domain.Patch;
import org.tracseq.samples.domain.Quantities;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleChanges;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleFilter;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.SampleType;
import org.tracseq.samples.domain.StatusChange;
import org.tracseq.samples.domain.Violations;
import org.tracseq.samples.domain.Volume;
import org.tracseq.samples.domain.VolumeUnit;
import org.tracseq.samples.service.BatchRegistration;
import org.tracseq.samples.service.SampleService;

/**
 * Between the contract's models and the domain. Contract and domain enums have the same constant
 * names; quantities are checked while they are read, so an unusable one is reported with its field.
 */
final class SampleMapper {
    /** Members a merge patch may contain. */
    /** A batch row's field in a report of the whole request: {@code samples[3].name}. */
    private static final Pattern SAMPLE_ROW_FIELD = Pattern.compile("samples\\[(\\d+)]\\.(.+)");

    /** A children request's row field: {@code children[3].volume}. */
    private static final Pattern CHILD_ROW_FIELD = Pattern.compile("children\\[(\\d+)]\\.(.+)");

    private static final Set<String> PATCHABLE =
            Set.of("name", "type", "description", "initialVolume", "availableVolume", "concentration", "metadata");

    private SampleMapper() {}

    static <T extends Enum<T>> T convert(Enum<?> value, Class<T> target) {
        return value == null ? null : Enum.valueOf(target, value.name());
    }

    // ---- requests -> domain

    /** The contract's constraints a request breaks, as the violations its other checks add to. */
    static Violations violations(List<ContractConstraints.Broken> broken) {
        Violations violations = new Violations();
        broken.forEach(b -> violations.add(b.error(), b.rule()));
        return violations;
    }

    static SampleDraft draft(SampleCreate body, Violations violations) {
        return new SampleDraft(
                body.getName(),
                convert(body.getType(), SampleType.class),
                body.getBarcode(),
                body.getDescription(),
                volume(body.getInitialVolume(), "initialVolume", violations),
                volume(body.getAvailableVolume(), "availableVolume", violations),
                concentration(body.getConcentration(), "concentration", violations),
                body.getMetadata());
    }

    /**
     * A batch request's rows as drafts, each with what was wrong while it was read (its contract
     * constraints among them, {@code broken}); a null row is a problem of its own. A batch is
     * all-or-nothing unless it says {@code atomic: false}. Refuses at once a batch whose own
     * constraints are broken (SM-4: 1 to 1000 rows).
     */
    static BatchRegistration.Request batch(SampleBatchCreate body, List<ContractConstraints.Broken> broken) {
        Map<Integer, Violations> readProblems = byRow(SAMPLE_ROW_FIELD, broken);
        List<SampleCreate> rows = body.getSamples();
        List<SampleDraft> drafts = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Violations violations = readProblems.getOrDefault(row, new Violations());
            drafts.add(rows.get(row) == null ? emptyRow(violations) : draft(rows.get(row), violations));
            if (!violations.isEmpty()) {
                readProblems.put(row, violations);
            }
        }
        return new BatchRegistration.Request(drafts, readProblems, body.getAtomic() == null || body.getAtomic());
    }

    /**
     * A children request's rows, each with what was wrong while it was read, by row index; refuses at
     * once a request whose own constraints are broken (1 to 384 rows). A null row is a problem of its own.
     */
    static Map<Integer, Violations> children(
            ChildBatchCreate body, List<ContractConstraints.Broken> broken, List<ChildBatch.Row> rows) {
        Map<Integer, Violations> readProblems = byRow(CHILD_ROW_FIELD, broken);
        List<ChildCreate> children = body.getChildren();
        for (int row = 0; row < children.size(); row++) {
            Violations violations = readProblems.getOrDefault(row, new Violations());
            ChildCreate child = children.get(row);
            if (child == null) {
                violations.field("", "must be a child object, not null");
                rows.add(
                        new ChildBatch.Row(null, new ChildDraft(null, null, null, null, null, null, null, null, null)));
            } else {
                rows.add(new ChildBatch.Row(child.getParentId(), childDraft(child, violations)));
            }
            if (!violations.isEmpty()) {
                readProblems.put(row, violations);
            }
        }
        return readProblems;
    }

    /** The broken constraints of a batch's rows by row index; refuses at once those of the batch itself. */
    private static Map<Integer, Violations> byRow(Pattern rowField, List<ContractConstraints.Broken> broken) {
        Violations batch = new Violations();
        Map<Integer, Violations> readProblems = new HashMap<>();
        for (ContractConstraints.Broken problem : broken) {
            Matcher row = rowField.matcher(problem.error().field());
            if (row.matches()) {
                readProblems
                        .computeIfAbsent(Integer.parseInt(row.group(1)), r -> new Violations())
                        .add(new FieldError(row.group(2), problem.error().message()), problem.rule());
            } else {
                batch.add(problem.error(), problem.rule());
            }
        }
        batch.throwIfAny();
        return readProblems;
    }

    private static ChildDraft childDraft(ChildCreate body, Violations violations) {
        return new ChildDraft(
                convert(body.getRelation(), LineageRelation.class),
                volume(body.getVolume(), "volume", violations),
                body.getName(),
                convert(body.getType(), SampleType.class),
                body.getBarcode(),
                body.getDescription(),
                null,
                null,
                null);
    }

    private static SampleDraft emptyRow(Violations violations) {
        violations.field("", "must be a sample object, not null");
        return new SampleDraft(null, null, null, null, null, null, null, null);
    }

    static ChildDraft childDraft(AliquotCreate body, Violations violations) {
        return new ChildDraft(
                convert(body.getRelation(), LineageRelation.class),
                volume(body.getVolume(), "volume", violations),
                body.getName(),
                convert(body.getType(), SampleType.class),
                body.getBarcode(),
                body.getDescription(),
                volume(body.getInitialVolume(), "initialVolume", violations),
                concentration(body.getConcentration(), "concentration", violations),
                body.getMetadata());
    }

    static ParentLinkDraft parentLink(ParentLinkCreate body, Violations violations) {
        return new ParentLinkDraft(
                body.getParentId(),
                convert(body.getRelation(), LineageRelation.class),
                volume(body.getVolume(), "volume", violations));
    }

    /**
     * The merge patch {@code raw} as changes: a member left out keeps its value, {@code null} clears
     * it, anything else sets it to what JSON-B read into {@code typed}. Members that cannot be
     * patched are refused, each with its reason.
     */
    static SampleChanges changes(JsonObject raw, SamplePatch typed, Violations violations) {
        raw.keySet().stream()
                .filter(member -> !PATCHABLE.contains(member))
                .sorted()
                .forEach(member -> violations.field(
                        member,
                        member.equals("status")
                                ? "is changed with POST /{sampleId}/status, which keeps the status history"
                                : "cannot be changed with PATCH; changeable are "
                                        + PATCHABLE.stream().sorted().toList()));
        return new SampleChanges(
                patch(raw, "name", typed, SamplePatch::getName),
                patch(raw, "type", typed, p -> convert(p.getType(), SampleType.class)),
                patch(raw, "description", typed, SamplePatch::getDescription),
                patch(raw, "initialVolume", typed, p -> volume(p.getInitialVolume(), "initialVolume", violations)),
                patch(
                        raw,
                        "availableVolume",
                        typed,
                        p -> volume(p.getAvailableVolume(), "availableVolume", violations)),
                patch(
                        raw,
                        "concentration",
                        typed,
                        p -> concentration(p.getConcentration(), "concentration", violations)),
                patch(raw, "metadata", typed, p -> metadataPatch(raw.getJsonObject("metadata"))));
    }

    /** Keeps an unusable value as "keep": its problem is already in the violations that will refuse the patch. */
    private static <T> Patch<T> patch(
            JsonObject raw, String member, SamplePatch typed, Function<SamplePatch, T> value) {
        if (!raw.containsKey(member)) {
            return Patch.keep();
        }
        if (raw.isNull(member)) {
            return Patch.clear();
        }
        T converted = value.apply(typed);
        return converted == null ? Patch.keep() : Patch.set(converted);
    }

    /** The metadata member as read from the raw JSON, where its null members (removals) survive. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadataPatch(JsonObject metadata) {
        return (Map<String, Object>) JsonValues.toJava(metadata);
    }

    private static Volume volume(
            org.tracseq.contract.samples.model.Volume volume, String field, Violations violations) {
        return volume == null
                ? null
                : Quantities.volume(volume.getValue(), convert(volume.getUnit(), VolumeUnit.class), field, violations);
    }

    private static Concentration concentration(
            org.tracseq.contract.samples.model.Concentration concentration, String field, Violations violations) {
        return concentration == null
                ? null
                : Quantities.concentration(
                        concentration.getValue(),
                        convert(concentration.getUnit(), ConcentrationUnit.class),
                        field,
                        violations);
    }

    static SampleFilter filter(
            List<UUID> ids,
            List<String> barcodes,
            List<org.tracseq.contract.samples.model.SampleStatus> statuses,
            List<org.tracseq.contract.samples.model.SampleType> types,
            String text,
            OffsetDateTime createdFrom,
            OffsetDateTime createdTo) {
        return new SampleFilter(
                ids == null ? Set.of() : new HashSet<>(ids),
                barcodes == null ? Set.of() : new HashSet<>(barcodes),
                convertAll(statuses, SampleStatus.class),
                convertAll(types, SampleType.class),
                text,
                createdFrom,
                createdTo);
    }

    private static <T extends Enum<T>> Set<T> convertAll(List<? extends Enum<?>> values, Class<T> target) {
        return values == null
                ? Set.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(value -> convert(value, target))
                        .collect(Collectors.toSet());
    }

    // ---- domain -> responses

    static org.tracseq.contract.samples.model.Sample toContract(Sample sample) {
        Quantities quantities = sample.quantities();
        return new org.tracseq.contract.samples.model.Sample()
                .id(sample.id())
                .barcode(sample.barcode())
                .name(sample.name())
                .type(convert(sample.type(), org.tracseq.contract.samples.model.SampleType.class))
                .status(convert(sample.status(), org.tracseq.contract.samples.model.SampleStatus.class))
                .description(sample.description())
                .initialVolume(toContract(quantities.initial()))
                .availableVolume(toContract(quantities.available()))
                .concentration(toContract(quantities.concentration()))
                .metadata(sample.metadata())
                .createdAt(sample.createdAt())
                .updatedAt(sample.updatedAt())
                .createdBy(sample.createdBy());
    }

    static org.tracseq.contract.samples.model.SamplePage toContract(Page<Sample> page) {
        return new org.tracseq.contract.samples.model.SamplePage()
                .items(page.items().stream().map(SampleMapper::toContract).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static org.tracseq.contract.samples.model.Volume toContract(Volume volume) {
        return volume == null
                ? null
                : new org.tracseq.contract.samples.model.Volume()
                        .value(volume.value())
                        .unit(convert(volume.unit(), org.tracseq.contract.samples.model.VolumeUnit.class));
    }

    static org.tracseq.contract.samples.model.Concentration toContract(Concentration concentration) {
        return concentration == null
                ? null
                : new org.tracseq.contract.samples.model.Concentration()
                        .value(concentration.value())
                        .unit(convert(
                                concentration.unit(), org.tracseq.contract.samples.model.ConcentrationUnit.class));
    }

    static ChildBatchResult toContract(List<Sample> children) {
        return new ChildBatchResult()
                .created(children.stream().map(SampleMapper::toContract).toList());
    }

    static org.tracseq.contract.samples.model.SampleBatchResult toContract(SampleService.BatchOutcome outcome) {
        List<BatchRowReport> rejected = outcome.rejectedRows().stream()
                .map(row -> new BatchRowReport()
                        .row(row)
                        .errors(outcome.intake().problemsOf(row).stream()
                                .map(SampleMapper::toContract)
                                .toList()))
                .toList();
        return new org.tracseq.contract.samples.model.SampleBatchResult()
                .created(
                        outcome.created().stream().map(SampleMapper::toContract).toList())
                .rejected(rejected);
    }

    private static org.tracseq.contract.samples.model.FieldError toContract(FieldError error) {
        return new org.tracseq.contract.samples.model.FieldError()
                .field(error.field())
                .message(error.message());
    }

    static org.tracseq.contract.samples.model.StatusChange toContract(StatusChange change) {
        return new org.tracseq.contract.samples.model.StatusChange()
                .from(convert(change.from(), org.tracseq.contract.samples.model.SampleStatus.class))
                .to(convert(change.to(), org.tracseq.contract.samples.model.SampleStatus.class))
                .reason(change.reason())
                .actor(change.actor())
                .changedAt(change.changedAt());
    }

    static org.tracseq.contract.samples.model.LineageLink toContract(LineageLink link) {
        return new org.tracseq.contract.samples.model.LineageLink()
                .parentId(link.parentId())
                .childId(link.childId())
                .relation(convert(link.relation(), org.tracseq.contract.samples.model.LineageRelation.class))
                .volume(toContract(link.volume()))
                .createdAt(link.createdAt())
                .depth(link.depth());
    }

    static org.tracseq.contract.samples.model.Lineage toContract(SampleService.Lineage lineage) {
        return new org.tracseq.contract.samples.model.Lineage()
                .sampleId(lineage.sampleId())
                .ancestors(lineage.ancestors().stream()
                        .map(SampleMapper::toContract)
                        .toList())
                .descendants(lineage.descendants().stream()
                        .map(SampleMapper::toContract)
                        .toList());
    }

    static org.tracseq.contract.samples.model.AuditPage toAuditPage(Page<AuditEntry> page) {
        return new org.tracseq.contract.samples.model.AuditPage()
                .items(page.items().stream().map(SampleMapper::toContract).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    private static org.tracseq.contract.samples.model.AuditEntry toContract(AuditEntry entry) {
        return new org.tracseq.contract.samples.model.AuditEntry()
                .id(entry.id())
                .sampleId(entry.sampleId())
                .action(convert(entry.action(), org.tracseq.contract.samples.model.AuditAction.class))
                .field(entry.field())
                .oldValue(entry.oldValue())
                .newValue(entry.newValue())
                .reason(entry.reason())
                .actor(entry.actor())
                .at(entry.at());
    }
}
