package org.tracseq.sequencing.domain;

/** A named index (pair) of the catalogue (LB-4), i5 forward; null i5 for a single index. */
public record CatalogueIndex(String name, IndexSequence i7, IndexSequence i5) {

    public static CatalogueIndex of(String name, String i7, String i5) {
        return new CatalogueIndex(name, IndexSequence.of(i7), IndexSequence.ofNullable(i5));
    }

    LaneLibrary asLibrary() {
        return new LaneLibrary(name, name, i7, name, i5);
    }
}
