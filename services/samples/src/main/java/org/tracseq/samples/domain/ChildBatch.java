package org.tracseq.samples.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.tracseq.platform.problem.RuleViolation;

/**
 * Children of several parents made at once (a plate's tubes), reviewed row by row before anything is
 * written: each row's own request, its parent's status (SM-1) and type (SM-2), and the volume it takes
 * counted together with the earlier rows taking from the same parent (SM-1). All or nothing (SM-4):
 * one problem in any row refuses them all, reporting every problem of every row.
 */
public final class ChildBatch {
    /** The rule named when the rows break several: the batch is all-or-nothing. */
    public static final String RULE = BatchIntake.RULE;

    /** One child to make: of which parent, and how. */
    public record Row(UUID parentId, ChildDraft draft) {}

    private final List<Row> rows;
    private final Map<Integer, Violations> problems = new TreeMap<>();

    private ChildBatch(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reviews the rows against their parents as read now ({@code parents} by id; a missing one is
     * unknown). {@code readProblems} holds, by row index, what was found while the rows were read.
     */
    public static ChildBatch review(List<Row> rows, Map<Integer, Violations> readProblems, Map<UUID, Sample> parents) {
        ChildBatch batch = new ChildBatch(rows);
        Map<UUID, Quantities> left = new HashMap<>();
        Map<String, Integer> firstRowByBarcode = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            Violations violations = new Violations();
            Violations earlier = readProblems.get(row);
            if (earlier != null) {
                violations.addAll("", earlier);
            }
            Row child = rows.get(row);
            child.draft().check(violations);
            Sample parent = child.parentId() == null ? null : parents.get(child.parentId());
            if (parent == null) {
                if (child.parentId() != null) {
                    violations.field("parentId", "no sample has this id");
                }
            } else {
                checkAgainstParent(child.draft(), parent, left, violations);
            }
            String barcode = child.draft().barcode();
            Integer first = barcode == null ? null : firstRowByBarcode.putIfAbsent(barcode, row);
            if (first != null) {
                violations.rule(Barcodes.RULE, "barcode", "is also given to row " + first + "; barcodes are unique");
            }
            batch.record(row, violations);
        }
        return batch;
    }

    private void record(int row, Violations violations) {
        if (!violations.isEmpty()) {
            problems.computeIfAbsent(row, r -> new Violations()).addAll("", violations);
        }
    }

    /** The pre-printed barcodes the rows bring, each once. */
    public List<String> ownBarcodes() {
        return rows.stream()
                .map(row -> row.draft().barcode())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * Marks the rows whose own barcode cannot be used: already a registered sample's (SM-3), or a
     * pre-printed label that cannot be claimed ({@code unclaimable}, barcode: why; BC-2).
     */
    public void markBarcodes(Set<String> registered, Map<String, String> unclaimable) {
        for (int row = 0; row < rows.size(); row++) {
            String barcode = rows.get(row).draft().barcode();
            if (barcode != null && registered.contains(barcode)) {
                record(row, new Violations().rule(Barcodes.RULE, "barcode", "belongs to another sample already"));
            } else if (barcode != null && unclaimable.containsKey(barcode)) {
                record(row, new Violations().rule(Barcodes.CLAIM_RULE, "barcode", unclaimable.get(barcode)));
            }
        }
    }

    /**
     * The parent's status and type, then the volume taken from what the earlier rows left of the
     * parent; a row refused for its volume takes nothing, so the rows after it are judged fairly.
     */
    private static void checkAgainstParent(
            ChildDraft draft, Sample parent, Map<UUID, Quantities> left, Violations violations) {
        try {
            LineageRules.checkParentGivesMaterial(parent.status());
        } catch (RuleViolation refused) {
            violations.rule(refused.rule(), "parentId", refused.getMessage());
            return;
        }
        if (draft.relation() != null) {
            try {
                LineageRules.checkChildType(draft.relation(), parent.type(), draft.typeFrom(parent.type()));
            } catch (RuleViolation refused) {
                violations.rule(refused.rule(), "type", refused.getMessage());
            }
        }
        if (draft.volume() == null) {
            return;
        }
        Quantities before = left.getOrDefault(parent.id(), parent.quantities());
        try {
            left.put(parent.id(), before.take(draft.volume()));
        } catch (RuleViolation refused) {
            String sharing = before.equals(parent.quantities()) ? "" : " after the earlier rows taking from it";
            violations.rule(refused.rule(), "volume", refused.getMessage() + sharing);
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The parents the rows name, each once. */
    public List<UUID> parentIds() {
        return rows.stream().map(Row::parentId).distinct().toList();
    }

    /**
     * The refusal listing every row's problems as {@code children[ROW].FIELD}; its rule is the one
     * rule broken, or SM-4 when several are (or none: malformed fields only).
     */
    public RuleViolation rejection() {
        Violations all = new Violations();
        problems.forEach((row, violations) -> all.addAll("children[" + row + "].", violations));
        String rule = all.singleRuleOrNull();
        return new RuleViolation(
                rule == null ? RULE : rule,
                422,
                problems.size() + " of " + rows.size() + " rows have problems, so no child was created; "
                        + "fix the rows listed in errors and send them all again",
                all.errors());
    }

    /** The rows without a barcode by the type their child will have (its own, else its parent's). */
    public Map<SampleType, List<Integer>> rowsNeedingBarcodes(Map<UUID, Sample> parents) {
        Map<SampleType, List<Integer>> byType = new TreeMap<>();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).draft().barcode() != null) {
                continue;
            }
            SampleType type = rows.get(row)
                    .draft()
                    .typeFrom(parents.get(rows.get(row).parentId()).type());
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
        }
        return byType;
    }

    /** Rows with their barcodes, issued for them by row index. */
    public ChildBatch withBarcodes(Map<Integer, String> barcodes) {
        List<Row> issued = new ArrayList<>(rows);
        barcodes.forEach((row, barcode) -> issued.set(
                row, new Row(rows.get(row).parentId(), rows.get(row).draft().withBarcode(barcode))));
        return new ChildBatch(issued);
    }
}
