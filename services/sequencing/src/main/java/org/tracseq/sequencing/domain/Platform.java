package org.tracseq.sequencing.domain;

import static org.tracseq.sequencing.domain.Chemistry.FOUR_COLOUR;
import static org.tracseq.sequencing.domain.Chemistry.ONE_COLOUR;
import static org.tracseq.sequencing.domain.Chemistry.TWO_COLOUR_BLUE_GREEN;
import static org.tracseq.sequencing.domain.Chemistry.TWO_COLOUR_RED_GREEN;
import static org.tracseq.sequencing.domain.Chemistry.XLEAP;
import static org.tracseq.sequencing.domain.I5Orientation.FORWARD;
import static org.tracseq.sequencing.domain.I5Orientation.REVERSE_COMPLEMENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SQ-PLATFORMS: the instruments a run can be planned on, with what the rules need to know of each.
 *
 * <p>i5 orientation. {@link #i5AsRead()} is how the instrument reads the i5 index, which is what
 * colour balance is judged on. Illumina's "Guidelines for reverse complementing i5 sequences for
 * demultiplexing" (knowledge article 000001800, and the Index Orientation Guide it comes from):
 * "On the MiSeq, HiSeq 2000/2500, and the MiniSeq Rapid kits the i5 sequence is read in the forward
 * orientation. On the iSeq 100, MiniSeq, NextSeq 500/550, NextSeq 1000/2000, HiSeq 3000/4000/X,
 * NovaSeq 6000 (v1.5 reagents), and the NovaSeq X/X Plus the i5 sequence is read in the reverse
 * complement orientation"; the Indexed Sequencing Overview puts NovaSeq 6000 v1.0 reagents in the
 * forward strand workflow. The same article's colour-balance note: "assess color balance using the
 * forward orientation for MiSeq runs ... and the reverse-complement orientation for all other
 * instruments".
 *
 * <p>The sheet's i5 ({@link #i5InSheet(SampleSheetVersion)}) follows the article's table for
 * standalone BCL Convert: the sequence as read (forward on MiSeq, reverse complement on iSeq 100,
 * MiniSeq, NextSeq 500/550), except on NextSeq 1000/2000 and NovaSeq X, whose v2 sheets always take
 * i5 forward because DRAGEN reverse-complements it itself (article 000003142: "i5 index sequences
 * should always be entered in the forward orientation ... into v2 sample sheets").
 *
 * <p>Cycles per read are the longest read the platform's largest reagent kit gives, with the one
 * cycle over the nominal read length that runs are set up with (2 × 150 bp as 151 + 151): MiSeq v3
 * 600 cycles 301, NovaSeq 6000 SP 500 cycles 251, NextSeq 1000/2000 P1 600 cycles 301, the 300-cycle
 * kits of the others 151. Checked (2026-12) against public copies: a 300-cycle NovaSeq kit "is
 * validated for up to a paired end 151 cycles" (CZ Biohub Genomics, "Maximum Cycles in a SBS Kit");
 * 600 cycles only on the MiSeq among the older platforms and 500 on the NovaSeq 6000 SP (NovaSeq
 * training notes); NextSeq 550 and MiniSeq up to 2 × 150 bp (third-party pages). Illumina's own table
 * ("Maximum read length for Illumina sequencing platforms", linked from knowledge article 000007002)
 * is an image in every copy found, so the NextSeq 1000/2000 P1 and NovaSeq X figures remain ours.
 */
public enum Platform {
    MISEQ("MiSeq", FOUR_COLOUR, 1, false, 301, FORWARD, false, null, SampleSheetVersion.V1),
    MINISEQ("MiniSeq", TWO_COLOUR_RED_GREEN, 1, false, 151, REVERSE_COMPLEMENT, false, null, SampleSheetVersion.V1),
    ISEQ_100("iSeq 100", ONE_COLOUR, 1, false, 151, REVERSE_COMPLEMENT, false, null, SampleSheetVersion.V1),
    NEXTSEQ_500_550(
            "NextSeq 500/550",
            TWO_COLOUR_RED_GREEN,
            4,
            false,
            151,
            REVERSE_COMPLEMENT,
            false,
            null,
            SampleSheetVersion.V1),
    /** With XLEAP-SBS reagents, the NextSeq 1000/2000's current chemistry (article 000007970). */
    NEXTSEQ_1000_2000(
            "NextSeq 1000/2000", XLEAP, 1, false, 301, REVERSE_COMPLEMENT, true, "NextSeq1k2k", SampleSheetVersion.V2),
    /** With the standard (pre-XLEAP) SBS reagents: blue and green, A the dual-colour base (000003339). */
    NEXTSEQ_1000_2000_STANDARD_SBS(
            "NextSeq 1000/2000 (standard SBS)",
            TWO_COLOUR_BLUE_GREEN,
            1,
            false,
            301,
            REVERSE_COMPLEMENT,
            true,
            "NextSeq1k2k",
            SampleSheetVersion.V2),
    /** v1.0 reagents: forward strand workflow. Lanes are loaded one by one with the Xp workflow. */
    NOVASEQ_6000_V1_0(
            "NovaSeq 6000 (v1.0 reagents)",
            TWO_COLOUR_RED_GREEN,
            4,
            true,
            251,
            FORWARD,
            false,
            null,
            SampleSheetVersion.V2),
    /** v1.5 reagents: reverse complement workflow. */
    NOVASEQ_6000_V1_5(
            "NovaSeq 6000 (v1.5 reagents)",
            TWO_COLOUR_RED_GREEN,
            4,
            true,
            251,
            REVERSE_COMPLEMENT,
            false,
            null,
            SampleSheetVersion.V2),
    NOVASEQ_X("NovaSeq X", XLEAP, 8, true, 151, REVERSE_COMPLEMENT, true, "NovaSeqXSeries", SampleSheetVersion.V2);

    private final String displayName;
    private final Chemistry chemistry;
    private final int lanes;
    private final boolean independentLanes;
    private final int maxCyclesPerRead;
    private final I5Orientation i5AsRead;
    private final boolean dragenOnInstrument;
    private final String v2InstrumentPlatform;
    private final SampleSheetVersion defaultSheetVersion;

    Platform(
            String displayName,
            Chemistry chemistry,
            int lanes,
            boolean independentLanes,
            int maxCyclesPerRead,
            I5Orientation i5AsRead,
            boolean dragenOnInstrument,
            String v2InstrumentPlatform,
            SampleSheetVersion defaultSheetVersion) {
        this.displayName = displayName;
        this.chemistry = chemistry;
        this.lanes = lanes;
        this.independentLanes = independentLanes;
        this.maxCyclesPerRead = maxCyclesPerRead;
        this.i5AsRead = i5AsRead;
        this.dragenOnInstrument = dragenOnInstrument;
        this.v2InstrumentPlatform = v2InstrumentPlatform;
        this.defaultSheetVersion = defaultSheetVersion;
    }

    public String displayName() {
        return displayName;
    }

    public Chemistry chemistry() {
        return chemistry;
    }

    /** Lanes of the largest flow cell. */
    public int lanes() {
        return lanes;
    }

    /**
     * True when each lane can hold its own pool (NovaSeq Xp, NovaSeq X); a NextSeq 500/550 images its
     * four lanes of one pool together, so its sheet names no lanes.
     */
    public boolean independentLanes() {
        return independentLanes;
    }

    public int maxCyclesPerRead() {
        return maxCyclesPerRead;
    }

    /** How the instrument reads i5: what colour balance judges (CB-1). */
    public I5Orientation i5AsRead() {
        return i5AsRead;
    }

    /** How a sheet of this version must give i5 (SS-1). */
    public I5Orientation i5InSheet(SampleSheetVersion version) {
        return version == SampleSheetVersion.V2 && dragenOnInstrument ? FORWARD : i5AsRead;
    }

    /** The sheet versions the instrument accepts: v2 only where the instrument's own DRAGEN reads it. */
    public Set<SampleSheetVersion> sheetVersions() {
        return dragenOnInstrument ? EnumSet.of(SampleSheetVersion.V2) : EnumSet.allOf(SampleSheetVersion.class);
    }

    public SampleSheetVersion defaultSheetVersion() {
        return defaultSheetVersion;
    }

    /** The v2 header's {@code InstrumentPlatform}, where the instrument's software expects one; else null. */
    public String v2InstrumentPlatform() {
        return v2InstrumentPlatform;
    }

    /** A platform by its code ({@code NOVASEQ_X}, case-insensitive), or a refusal listing the catalogue. */
    public static Platform of(String code) {
        for (Platform platform : values()) {
            if (platform.name().equalsIgnoreCase(code)) {
                return platform;
            }
        }
        throw RuleViolation.unprocessable(
                "SQ-PLATFORMS",
                "Platform '" + code + "' is not in the catalogue; use one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** SQ-PLATFORMS: a run's reads fit the platform, and lanes are numbered 1..{@link #lanes()}. */
    public void checkLane(int lane) {
        if (lane < 1 || lane > lanes) {
            throw RuleViolation.unprocessable(
                    "SQ-PLATFORMS",
                    "Lane " + lane + " does not exist on a " + displayName + " flow cell; its lanes are 1 to " + lanes);
        }
    }
}
