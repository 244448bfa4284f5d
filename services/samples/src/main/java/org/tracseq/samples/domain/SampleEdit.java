package org.tracseq.samples.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A sample's changeable members after a merge patch, and which of them changed (for the audit trail). */
public record SampleEdit(
        String name,
        SampleType type,
        String description,
        Quantities quantities,
        Map<String, Object> metadata,
        List<FieldChange> changes) {

    /** One changed member, old and new value as they are (the audit trail formats them). */
    public record FieldChange(String field, Object oldValue, Object newValue) {}

    /**
     * Applies {@code changes} to {@code current}: refuses an invalid result with every problem at once,
     * and a type change once the sample was validated (SM-5) or has lineage (SM-2).
     */
    public static SampleEdit apply(Sample current, SampleChanges changes, boolean everValidated, boolean hasLineage) {
        Violations violations = new Violations();
        String name = changes.name().applyTo(current.name());
        if (changes.name().isClear()) {
            violations.field("name", "cannot be removed");
        }
        SampleType type = changes.type().applyTo(current.type());
        if (changes.type().isClear()) {
            violations.field("type", "cannot be removed");
        }
        String description = changes.description().applyTo(current.description());

        Map<String, Object> metadata = current.metadata();
        if (changes.metadata().isClear()) {
            metadata = null;
        } else if (changes.metadata().isPresent()) {
            metadata = Metadata.normalized(
                    Metadata.merge(current.metadata(), changes.metadata().value()));
        }
        Metadata.check(metadata, violations);

        Quantities now = current.quantities();
        Volume initial = changes.initialVolume().applyTo(now.initial());
        // Recording a volume for the first time makes all of it available unless said otherwise.
        Volume available = now.initial() == null && !changes.availableVolume().isPresent()
                ? null
                : changes.availableVolume().applyTo(now.available());
        Concentration concentration = changes.concentration().applyTo(now.concentration());
        Quantities quantities = Quantities.checked(initial, available, concentration, violations);
        violations.throwIfAny();

        if (type != current.type()) {
            SampleRules.checkTypeChangeable(everValidated);
            LineageRules.checkTypeChangeable(hasLineage);
        }
        List<FieldChange> changed = new ArrayList<>();
        compare("name", current.name(), name, changed);
        compare("type", current.type(), type, changed);
        compare("description", current.description(), description, changed);
        compare("initialVolume", now.initial(), quantities.initial(), changed);
        compare("availableVolume", now.available(), quantities.available(), changed);
        compare("concentration", now.concentration(), quantities.concentration(), changed);
        compare("metadata", current.metadata(), metadata, changed);
        return new SampleEdit(name, type, description, quantities, metadata, List.copyOf(changed));
    }

    private static void compare(String field, Object before, Object after, List<FieldChange> changed) {
        if (!Objects.equals(before, after)) {
            changed.add(new FieldChange(field, before, after));
        }
    }
}
