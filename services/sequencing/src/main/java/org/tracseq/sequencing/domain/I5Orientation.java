package org.tracseq.sequencing.domain;

/**
 * Which way an i5 index is written: as in the catalogue (forward, LB-4) or reverse-complemented.
 * Illumina's "Indexed Sequencing Overview" names the two workflows: forward strand (the Index 2 read
 * happens before Read 2 resynthesis, so i5 is read forward) and reverse complement (after it, so
 * the instrument reads the reverse complement of the i5 adapter).
 */
public enum I5Orientation {
    FORWARD,
    REVERSE_COMPLEMENT;

    /** The catalogue's forward i5 written this way. */
    public IndexSequence apply(IndexSequence forward) {
        return this == FORWARD ? forward : forward.reverseComplement();
    }
}
