package org.tracseq.libraryprep.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a kit file says: the kit's name, how its indexes combine, its adapter, how its pairs run over
 * a plate, where its sequences come from, and its indexes in the kit's order.
 */
public record KitDefinition(
        String name, Indexing indexing, String adapter, PlateLayout layout, String source, List<IndexEntry> indexes) {

    public KitDefinition {
        indexes = List.copyOf(indexes);
    }

    public List<IndexEntry> of(IndexRead read) {
        return indexes.stream().filter(index -> index.read() == read).toList();
    }

    public Optional<IndexEntry> find(IndexRead read, String name) {
        return indexes.stream()
                .filter(index -> index.read() == read && index.name().equals(name))
                .findFirst();
    }

    /** The bases of the read's indexes when they all have the same number (LB-4's index length). */
    public OptionalInt length(IndexRead read) {
        List<Integer> lengths = of(read).stream()
                .map(index -> index.sequence().length())
                .distinct()
                .toList();
        return lengths.size() == 1 ? OptionalInt.of(lengths.get(0)) : OptionalInt.empty();
    }
}
