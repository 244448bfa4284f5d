package org.tracseq.sequencing.domain;

import java.util.List;

/**
 * How an instrument turns a base into light (SQ-PLATFORMS), which is what colour balance (CB-1) is
 * judged on: each base lights a set of channels (a bit per channel), G is dark on every chemistry
 * but the four-colour one. Sources, Illumina knowledge articles: "Index color balancing for the
 * NovaSeq 6000 system" (000001931: red C, green T, red+green A, dark G; also NextSeq 500/550 and
 * MiniSeq per 000007970), "Index color balancing for the NextSeq 1000/2000 system using standard SBS
 * reagents" (000003339: blue C, green T, blue+green A), "Chemistry and Imaging on the NovaSeq X
 * Series Instruments" (000007970) and "Index color balancing for the NovaSeq X/X Plus" (000008422:
 * XLEAP-SBS moved the dual-colour base to C, so green T, blue+green C, blue A, dark G, and "avoid
 * index combinations which only have signal in the blue channel"), the iSeq 100 guide's "Base
 * Calling" page (one dye, two images: T both, A first only, C second only, G neither) and "Chemistry
 * and imaging on MiSeq" (000003757: four dyes; two lasers, A/C red and G/T green).
 */
public enum Chemistry {
    FOUR_COLOUR("4-colour", List.of("red laser", "green laser"), 0b01, 0b01, 0b10, 0b10, false),
    TWO_COLOUR_RED_GREEN("2-colour", List.of("red", "green"), 0b11, 0b01, 0b00, 0b10, true),
    TWO_COLOUR_BLUE_GREEN("2-colour", List.of("blue", "green"), 0b11, 0b01, 0b00, 0b10, true),
    XLEAP("XLEAP", List.of("blue", "green"), 0b01, 0b11, 0b00, 0b10, true),
    ONE_COLOUR("1-colour", List.of("first image", "second image"), 0b01, 0b10, 0b00, 0b11, true);

    private final String family;
    private final List<String> channels;
    private final int[] channelsByBase = new int[4];
    private final boolean darkG;

    Chemistry(String family, List<String> channels, int a, int c, int g, int t, boolean darkG) {
        this.family = family;
        this.channels = channels;
        this.channelsByBase[Bases.A] = a;
        this.channelsByBase[Bases.C] = c;
        this.channelsByBase[Bases.G] = g;
        this.channelsByBase[Bases.T] = t;
        this.darkG = darkG;
    }

    /** {@code 4-colour}, {@code 2-colour}, {@code XLEAP} or {@code 1-colour}. */
    public String family() {
        return family;
    }

    /** The channel names, bit 0 first. */
    public List<String> channels() {
        return channels;
    }

    /** The channels (bit 0 = {@code channels().get(0)}) a base code ({@link Bases}) lights. */
    public int channelsOf(int base) {
        return channelsByBase[base];
    }

    /** True where one base gives no light at all, so an index cycle can be dark (CB-1 applies). */
    public boolean hasDarkBase() {
        return darkG;
    }

    /**
     * XLEAP only: a cycle lit in the blue channel alone (A, or A with G) is what Illumina says to avoid
     * (000008422); green alone (T or C) is acceptable there.
     */
    public boolean warnsOnBlueOnly() {
        return this == XLEAP;
    }

    /** Bit of the blue channel, for {@link #warnsOnBlueOnly()}. */
    int blueChannel() {
        return 0b01;
    }
}
