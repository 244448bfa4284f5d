package org.tracseq.libraryprep.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * Indexes by well (LB-4 on a plate): a well without an explicit index takes the UDI kit's pair at its
 * position, A01 the first pair, then down the columns or along the rows as the kit's layout says.
 */
public final class PlateIndexing {
    private PlateIndexing() {}

    public static IndexPair pairFor(KitDefinition kit, PlateFormat format, Well well) {
        if (kit.indexing() != Indexing.UNIQUE_DUAL) {
            throw RuleViolation.unprocessable(
                    IndexCatalogue.RULE,
                    "Kit " + kit.name() + " is not a unique dual index kit, so well " + well.label()
                            + " needs its i7 (and i5) named");
        }
        int position = format.position(well, kit.layout());
        var pairs = kit.of(IndexRead.I7);
        if (position >= pairs.size()) {
            throw RuleViolation.unprocessable(
                    IndexCatalogue.RULE,
                    "Kit " + kit.name() + " has " + pairs.size() + " pairs; well " + well.label() + " would take pair "
                            + (position + 1) + " (" + WireValue.of(kit.layout())
                            + "): name its indexes or use a larger kit");
        }
        String name = pairs.get(position).name();
        return IndexChoice.choose(kit, name, name);
    }
}
