package org.tracseq.libraryprep.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LB-4, the index catalogue: a kit (family) of named indexes, each name once per read, sequences of
 * {@code A C G T} only (4 to 24 bases), an i5 in forward orientation, a UDI kit's i7 and i5 paired by
 * name. What a kit file breaks is listed in full, each problem with the index it is about.
 */
public final class IndexCatalogue {
    public static final String RULE = "LB-4";

    private static final Pattern SEQUENCE = Pattern.compile("[ACGT]{4,24}");
    private static final int MAX_NAME = 50;
    private static final int MAX_KIT_NAME = 200;

    private IndexCatalogue() {}

    /** One problem; {@code entry} is the index's position in the kit, or -1 for the kit as a whole. */
    public record Problem(int entry, String message) {}

    public static List<Problem> problems(KitDefinition kit) {
        List<Problem> problems = new ArrayList<>();
        if (kit.name() == null || kit.name().isBlank() || kit.name().length() > MAX_KIT_NAME) {
            problems.add(new Problem(-1, "the kit needs a name of 1 to " + MAX_KIT_NAME + " characters"));
        }
        if (kit.indexing() == null) {
            problems.add(new Problem(-1, "the kit needs its indexing: " + WireValue.choices(Indexing.class)));
        }
        if (kit.layout() == null) {
            problems.add(new Problem(-1, "the kit needs its plate layout: " + WireValue.choices(PlateLayout.class)));
        }
        if (kit.source() == null || kit.source().isBlank()) {
            problems.add(new Problem(-1, "the kit needs its source: where its sequences were published"));
        }
        if (kit.of(IndexRead.I7).isEmpty()) {
            problems.add(new Problem(-1, "the kit has no i7 index"));
        }
        Map<String, Integer> firstByName = new HashMap<>();
        Map<String, String> nameBySequence = new HashMap<>();
        for (int i = 0; i < kit.indexes().size(); i++) {
            IndexEntry index = kit.indexes().get(i);
            String read = WireValue.of(index.read());
            if (index.name() == null || index.name().isBlank() || index.name().length() > MAX_NAME) {
                problems.add(new Problem(i, "an index needs a name of 1 to " + MAX_NAME + " characters"));
                continue;
            }
            String what = read + " " + index.name();
            if (firstByName.putIfAbsent(read + "/" + index.name(), i) != null) {
                problems.add(new Problem(i, what + " is named twice; a name is unique within its kit and read"));
            }
            if (index.sequence() == null || !SEQUENCE.matcher(index.sequence()).matches()) {
                problems.add(new Problem(
                        i,
                        what + ": '" + index.sequence() + "' is not an index sequence (4 to 24 of A C G T, "
                                + "upper case; an i5 in forward orientation)"));
                continue;
            }
            String other = nameBySequence.putIfAbsent(read + "/" + index.sequence(), index.name());
            if (other != null) {
                problems.add(new Problem(
                        i, what + " has the sequence of " + read + " " + other + "; they could not be told apart"));
            }
        }
        if (kit.indexing() == Indexing.SINGLE && !kit.of(IndexRead.I5).isEmpty()) {
            problems.add(new Problem(-1, "a single-index kit has no i5 indexes; say combinatorial or unique_dual"));
        }
        if (kit.indexing() == Indexing.UNIQUE_DUAL) {
            unpaired(kit, problems);
        }
        return problems;
    }

    /** UDI pairs are matched by name: every i7 has the i5 of its name and every i5 its i7. */
    private static void unpaired(KitDefinition kit, List<Problem> problems) {
        Set<String> i7 = names(kit, IndexRead.I7);
        Set<String> i5 = names(kit, IndexRead.I5);
        for (int i = 0; i < kit.indexes().size(); i++) {
            IndexEntry index = kit.indexes().get(i);
            Set<String> partners = index.read() == IndexRead.I7 ? i5 : i7;
            if (index.name() != null && !partners.contains(index.name())) {
                String partner = index.read() == IndexRead.I7 ? "i5" : "i7";
                problems.add(new Problem(
                        i,
                        WireValue.of(index.read()) + " " + index.name() + " has no " + partner
                                + " of the same name; a unique dual kit pairs its indexes by name"));
            }
        }
    }

    private static Set<String> names(KitDefinition kit, IndexRead read) {
        Set<String> names = new LinkedHashSet<>();
        kit.of(read).forEach(index -> names.add(index.name()));
        return names;
    }
}
