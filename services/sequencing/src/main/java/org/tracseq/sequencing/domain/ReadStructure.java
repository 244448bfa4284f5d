package org.tracseq.sequencing.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * The cycles of each read of a run, written as the lab writes it: {@code 151-10-10-151} is Read 1,
 * Index 1, Index 2, Read 2; {@code 151-8-151} has one index read; {@code 151-8} and {@code 151} are
 * single-read runs. 0 cycles means the read is not done.
 */
public record ReadStructure(int read1, int index1, int index2, int read2) {

    public ReadStructure {
        if (read1 < 1 || index1 < 0 || index2 < 0 || read2 < 0) {
            throw RuleViolation.unprocessable(
                    "SQ-PLATFORMS",
                    "A run reads Read 1 (at least 1 cycle); index reads and Read 2 are 0 or more cycles");
        }
        if (index2 > 0 && index1 == 0) {
            throw RuleViolation.unprocessable("SQ-PLATFORMS", "A run reads Index 2 only after Index 1");
        }
        if (index1 > IndexSequence.MAX_LENGTH || index2 > IndexSequence.MAX_LENGTH) {
            throw RuleViolation.unprocessable(
                    "SQ-PLATFORMS", "An index read has at most " + IndexSequence.MAX_LENGTH + " cycles");
        }
    }

    /** {@code 151-10-10-151}, {@code 151-8-151}, {@code 151-8} or {@code 151}. */
    public static ReadStructure parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-", -1);
        int[] cycles = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                cycles[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException notANumber) {
            throw unreadable(text);
        }
        return switch (cycles.length) {
            case 1 -> new ReadStructure(cycles[0], 0, 0, 0);
            case 2 -> new ReadStructure(cycles[0], cycles[1], 0, 0);
            case 3 -> new ReadStructure(cycles[0], cycles[1], 0, cycles[2]);
            case 4 -> new ReadStructure(cycles[0], cycles[1], cycles[2], cycles[3]);
            default -> throw unreadable(text);
        };
    }

    private static RuleViolation unreadable(String text) {
        return RuleViolation.unprocessable(
                "SQ-PLATFORMS",
                "Read structure '" + text + "' is not Read1[-Index1[-Index2]][-Read2] in cycles, e.g. 151-10-10-151");
    }

    /** Every cycle the instrument runs: what OverrideCycles must add up to (SS-1). */
    public int totalCycles() {
        return read1 + index1 + index2 + read2;
    }

    /** SQ-PLATFORMS: no read longer than the platform's kits allow. */
    public void checkFits(Platform platform) {
        int longest = Math.max(read1, read2);
        if (longest > platform.maxCyclesPerRead()) {
            throw RuleViolation.unprocessable(
                    "SQ-PLATFORMS",
                    "A " + platform.displayName() + " reads at most " + platform.maxCyclesPerRead()
                            + " cycles per read; " + this + " asks for " + longest);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(read1);
        if (index1 > 0) {
            text.append('-').append(index1);
        }
        if (index2 > 0) {
            text.append('-').append(index2);
        }
        if (read2 > 0) {
            text.append('-').append(read2);
        }
        return text.toString();
    }
}
