package org.tracseq.libraryprep.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * LB-4 when a library takes its indexes: they are the current kit's, by name; a UDI kit's i5 is the
 * i7's pair (named or not: another i5 would break the pair); a single-index kit has no i5.
 */
public final class IndexChoice {
    private IndexChoice() {}

    public static IndexPair choose(KitDefinition kit, String i7Name, String i5Name) {
        IndexEntry i7 = kit.find(IndexRead.I7, i7Name)
                .orElseThrow(() -> refused("Kit " + kit.name() + " has no i7 index '" + i7Name + "'"));
        return switch (kit.indexing()) {
            case SINGLE -> {
                if (i5Name != null) {
                    throw refused("Kit " + kit.name() + " is single-indexed; leave out the i5 index");
                }
                yield new IndexPair(i7, null);
            }
            case UNIQUE_DUAL -> {
                if (i5Name != null && !i5Name.equals(i7Name)) {
                    throw refused("Kit " + kit.name() + " pairs i7 " + i7Name + " with i5 " + i7Name
                            + " only (unique dual indexes are matched by name); leave out the i5 or name "
                            + i7Name);
                }
                yield new IndexPair(i7, i5(kit, i7Name));
            }
            case COMBINATORIAL -> new IndexPair(i7, i5Name == null ? null : i5(kit, i5Name));
        };
    }

    private static IndexEntry i5(KitDefinition kit, String name) {
        return kit.find(IndexRead.I5, name)
                .orElseThrow(() -> refused("Kit " + kit.name() + " has no i5 index '" + name + "'"));
    }

    private static RuleViolation refused(String detail) {
        return RuleViolation.unprocessable(IndexCatalogue.RULE, detail);
    }
}
