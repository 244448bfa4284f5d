package org.tracseq.sequencing.domain;

/**
 * A named index (pair) of the catalogue (LB-4), i5 forward; null i5 for a single index. {@code kit}
 * is the kit it belongs to, as a name and version ({@code IDT for Illumina UD Indexes Set A v1}).
 */
public record CatalogueIndex(String kit, String name, IndexSequence i7, IndexSequence i5) {

    public static CatalogueIndex of(String kit, String name, String i7, String i5) {
        return new CatalogueIndex(kit, name, IndexSequence.of(i7), IndexSequence.ofNullable(i5));
    }

    LaneLibrary asLibrary() {
        return new LaneLibrary(name, name, i7, name, i5);
    }
}
