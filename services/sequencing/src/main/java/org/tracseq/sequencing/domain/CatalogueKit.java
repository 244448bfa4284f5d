package org.tracseq.sequencing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kit of library-prep's index catalogue (LB-4) as its events announce it: its indexes in the kit's
 * order and how they pair ({@code indexing}: {@code single} i7 only, {@code combinatorial} any i7
 * with any i5, {@code unique_dual} each i7 with the i5 of its name). A superseded kit is no longer
 * offered for new libraries, so it is never suggested (CB-1); its indexes still name unknown barcodes,
 * since libraries made with it may be on a flow cell. {@code indexing} is null while only the kit's
 * supersession is known.
 */
public record CatalogueKit(String name, int version, String indexing, boolean current, List<KitIndex> indexes) {

    public CatalogueKit {
        indexes = List.copyOf(indexes);
    }

    /** One index of the kit: {@code i7} or {@code i5}, its name and bases (i5 forward). */
    public record KitIndex(String read, String name, String sequence) {}

    /** {@code IDT for Illumina UD Indexes Set A v1}. */
    public String label() {
        return name + " v" + version;
    }

    /**
     * The index pairs the kit offers, in the kit's order: each i7 alone ({@code single}), each i7 with
     * each i5 ({@code combinatorial}, named {@code N701/S502}), each i7 with the i5 of its name
     * ({@code unique_dual}; an i7 without one is left out).
     */
    public List<CatalogueIndex> pairs() {
        List<KitIndex> i7s = of("i7");
        List<KitIndex> i5s = of("i5");
        List<CatalogueIndex> pairs = new ArrayList<>();
        if (indexing == null) {
            return pairs;
        }
        switch (indexing) {
            case "single" -> i7s.forEach(i7 -> pairs.add(CatalogueIndex.of(label(), i7.name(), i7.sequence(), null)));
            case "combinatorial" -> {
                for (KitIndex i7 : i7s) {
                    for (KitIndex i5 : i5s) {
                        pairs.add(
                                CatalogueIndex.of(label(), i7.name() + "/" + i5.name(), i7.sequence(), i5.sequence()));
                    }
                }
            }
            case "unique_dual" -> {
                Map<String, KitIndex> i5ByName = new LinkedHashMap<>();
                i5s.forEach(i5 -> i5ByName.putIfAbsent(i5.name(), i5));
                for (KitIndex i7 : i7s) {
                    KitIndex i5 = i5ByName.get(i7.name());
                    if (i5 != null) {
                        pairs.add(CatalogueIndex.of(label(), i7.name(), i7.sequence(), i5.sequence()));
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown indexing '" + indexing + "' of kit " + label());
        }
        return pairs;
    }

    /** CB-1's candidates: the current kits' pairs, each sequence pair once (the first kit's name). */
    public static List<CatalogueIndex> suggestable(List<CatalogueKit> kits) {
        return distinct(kits.stream().filter(CatalogueKit::current).toList());
    }

    /** What unknown barcodes are named from: every kit's pairs, the current kits' first. */
    public static List<CatalogueIndex> nameable(List<CatalogueKit> kits) {
        return distinct(kits.stream()
                .sorted(Comparator.comparing(CatalogueKit::current).reversed())
                .toList());
    }

    private static List<CatalogueIndex> distinct(List<CatalogueKit> kits) {
        Map<String, CatalogueIndex> bySequences = new LinkedHashMap<>();
        for (CatalogueKit kit : kits) {
            for (CatalogueIndex pair : kit.pairs()) {
                bySequences.putIfAbsent(
                        pair.i7().bases() + "+"
                                + (pair.i5() == null ? "" : pair.i5().bases()),
                        pair);
            }
        }
        return List.copyOf(bySequences.values());
    }

    private List<KitIndex> of(String read) {
        return indexes.stream()
                .filter(index -> Objects.equals(index.read(), read))
                .toList();
    }
}
