package org.tracseq.samples.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SM-4: a batch of new samples, reviewed row by row. Every problem of every row is kept (a row's own
 * fields, a barcode repeated inside the batch, a barcode already taken) so one report says all that
 * must be fixed; an all-or-nothing batch with any problem creates nothing.
 */
public final class BatchIntake {
    public static final String RULE = "SM-4";

    private final List<SampleDraft> rows;
    private final List<Quantities> quantities = new ArrayList<>();
    private final Map<Integer, Violations> problems = new LinkedHashMap<>();

    private BatchIntake(List<SampleDraft> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reviews each row on its own and against the others. {@code rowProblems} holds what was found
     * while the rows were read (the contract's constraints, unusable quantities), by row index. The
     * batch's size (SM-4: 1 to 1000 rows) is the contract's, checked before.
     */
    public static BatchIntake review(List<SampleDraft> rows, Map<Integer, Violations> rowProblems) {
        BatchIntake intake = new BatchIntake(rows);
        Map<String, Integer> firstRowByBarcode = new HashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            Violations violations = new Violations();
            Violations earlier = rowProblems.get(row);
            if (earlier != null) {
                violations.addAll("", earlier);
            }
            intake.quantities.add(SampleRules.check(rows.get(row), violations));
            String barcode = rows.get(row).barcode();
            if (barcode != null) {
                Integer first = firstRowByBarcode.putIfAbsent(barcode, row);
                if (first != null) {
                    violations.rule(
                            Barcodes.RULE, "barcode", "is also given to row " + first + "; barcodes are unique");
                }
            }
            intake.record(row, violations);
        }
        return intake;
    }

    private void record(int row, Violations violations) {
        if (!violations.isEmpty()) {
            problems.computeIfAbsent(row, r -> new Violations()).addAll("", violations);
        }
    }

    /** Marks the rows whose barcode already belongs to a registered sample. */
    public void markTaken(Set<String> registeredBarcodes) {
        for (int row = 0; row < rows.size(); row++) {
            String barcode = rows.get(row).barcode();
            if (barcode != null && registeredBarcodes.contains(barcode)) {
                record(row, new Violations().rule(Barcodes.RULE, "barcode", "belongs to another sample already"));
            }
        }
    }

    /** Marks the rows whose pre-printed barcode cannot be claimed (BC-2), by barcode: why not. */
    public void markUnclaimable(Map<String, String> refusals) {
        for (int row = 0; row < rows.size(); row++) {
            String why = refusals.get(rows.get(row).barcode());
            if (why != null) {
                record(row, new Violations().rule(Barcodes.CLAIM_RULE, "barcode", why));
            }
        }
    }

    /** The rows that are valid so far but have no barcode, by sample type: the barcodes service issues theirs. */
    public Map<SampleType, List<Integer>> rowsNeedingBarcodes() {
        Map<SampleType, List<Integer>> byType = new EnumMap<>(SampleType.class);
        for (int row = 0; row < rows.size(); row++) {
            if (isValid(row) && rows.get(row).barcode() == null) {
                byType.computeIfAbsent(rows.get(row).type(), t -> new ArrayList<>())
                        .add(row);
            }
        }
        return byType;
    }

    /** This review with barcodes filled in for the rows in {@code issued}. */
    public BatchIntake withBarcodes(Map<Integer, String> issued) {
        List<SampleDraft> filled = new ArrayList<>(rows);
        issued.forEach((row, barcode) -> filled.set(row, rows.get(row).withBarcode(barcode)));
        BatchIntake copy = new BatchIntake(filled);
        copy.quantities.addAll(quantities);
        problems.forEach((row, violations) -> copy.problems.put(row, new Violations().addAll("", violations)));
        return copy;
    }

    public List<SampleDraft> rows() {
        return rows;
    }

    public boolean isValid(int row) {
        return !problems.containsKey(row);
    }

    /** The checked quantities of a valid row. */
    public Quantities quantities(int row) {
        return quantities.get(row);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem of one row, fields relative to the row. */
    public List<FieldError> problemsOf(int row) {
        Violations violations = problems.get(row);
        return violations == null ? List.of() : violations.errors();
    }

    public List<Integer> rejectedRows() {
        return List.copyOf(problems.keySet());
    }

    /** The all-or-nothing refusal: one problem listing every row's problems as {@code samples[ROW].FIELD}. */
    public RuleViolation rejection() {
        Violations all = new Violations();
        problems.forEach((row, violations) -> all.addAll("samples[" + row + "].", violations));
        return new RuleViolation(
                RULE,
                422,
                problems.size() + " of " + rows.size() + " rows have problems, so no sample "
                        + "was created; fix the rows listed in errors and send the whole batch again (or send atomic=false "
                        + "to create the valid rows)",
                all.errors());
    }
}
