package org.tracseq.sequencing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tracseq.platform.problem.RuleViolation;

/**
 * CB-1: does every index cycle of a lane give the instrument light to find and call its clusters?
 * Judged per chemistry ({@link Chemistry}) on each index as the instrument reads it: i7 as it is, i5
 * in the platform's {@link Platform#i5AsRead() read orientation} (Illumina article 000001800: "the
 * sequence observed by the instrument must be assessed, regardless of the orientation used for the
 * sample sheet").
 *
 * <ul>
 *   <li>FAIL: a cycle where every library reads the dark base (G): no signal, so the index read cannot
 *       register its clusters; Illumina: "Index reads must begin with at least one base other than G
 *       in either of the first two cycles" (000001931, 000008422), and CB-1 wants signal in every
 *       index cycle.
 *   <li>WARN: on XLEAP a cycle lit in the blue channel only (A, or A and G: 000008422); on four-colour
 *       chemistry a cycle without one laser's bases (A/C red, G/T green); a library whose index starts
 *       GG as read (its own clusters are dark in the first two cycles).
 *   <li>NOTE: another cycle lit in one channel only: acceptable, both channels is ideal (000001931).
 * </ul>
 *
 * A cycle is judged on the libraries whose index reaches it. Where a shorter index has ended (an
 * 8-base index in a 10-cycle read) its library reads adapter bases, which this check does not know,
 * so a dark cycle there is a WARN, not a FAIL; cycles no index reaches are not judged.
 */
public final class ColourBalance {

    private ColourBalance() {}

    public enum Severity {
        FAIL,
        WARN,
        NOTE
    }

    /** Illumina's own grading of an index combination. */
    public enum Grade {
        IDEAL,
        ACCEPTABLE,
        UNACCEPTABLE
    }

    public static Report check(Platform platform, ReadStructure reads, List<LaneLibrary> libraries) {
        Tally tally = new Tally(platform, reads);
        libraries.forEach(tally::add);
        return new Report(platform, tally.cycles(), tally.findings());
    }

    /**
     * Catalogue indexes that, added to the lane, would leave it better balanced without colliding
     * (IDX-1) with any of its libraries: best first (fewest failures, then warnings, then notes), at
     * most {@code limit}.
     */
    public static List<Suggestion> suggest(
            Platform platform,
            ReadStructure reads,
            List<LaneLibrary> libraries,
            List<CatalogueIndex> candidates,
            MismatchPolicy mismatches,
            int limit) {
        Tally lane = new Tally(platform, reads);
        libraries.forEach(lane::add);
        List<Finding> before = lane.findings();
        Score current = Score.of(before);
        List<Suggestion> suggestions = new ArrayList<>();
        for (CatalogueIndex candidate : candidates) {
            LaneLibrary asLibrary = candidate.asLibrary();
            if (!IndexCollisions.fitsIn(libraries, asLibrary, mismatches)) {
                continue;
            }
            Tally with = lane.copy();
            with.add(asLibrary);
            List<Finding> after = with.findings();
            Score score = Score.of(after);
            if (score.compareTo(current) < 0) {
                Set<Finding> gone = new HashSet<>(before);
                after.forEach(gone::remove);
                String fixes = before.stream()
                        .filter(gone::contains)
                        .map(Finding::where)
                        .distinct()
                        .collect(Collectors.joining(", "));
                suggestions.add(new Suggestion(
                        candidate, score.grade(), score.fails(), score.warnings(), score.notes(), fixes));
            }
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::failsAfter)
                .thenComparingInt(Suggestion::warningsAfter)
                .thenComparingInt(Suggestion::notesAfter));
        return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
    }

    /** What one index cycle shows: how many libraries read each base, and which channels are lit. */
    public record CycleSignal(
            int indexRead, int cycle, int a, int c, int g, int t, List<String> lit, List<String> dark) {

        /** E.g. {@code Index 2 cycle 1: A 0, C 0, G 12, T 0; no signal in blue, green}. */
        public String describe() {
            return "Index " + indexRead + " cycle " + cycle + ": A " + a + ", C " + c + ", G " + g + ", T " + t
                    + (dark.isEmpty()
                            ? "; signal in " + String.join(", ", lit)
                            : "; no signal in " + String.join(", ", dark));
        }
    }

    public record Finding(Severity severity, int indexRead, Integer cycle, String message) {
        String where() {
            return cycle == null ? message : "Index " + indexRead + " cycle " + cycle;
        }
    }

    public record Report(Platform platform, List<CycleSignal> cycles, List<Finding> findings) {

        public Grade grade() {
            return Score.of(findings).grade();
        }

        public boolean passes() {
            return findings.stream().noneMatch(finding -> finding.severity() == Severity.FAIL);
        }

        /** CB-1 as a refusal naming the dark cycles. */
        public void requirePasses() {
            if (!passes()) {
                throw RuleViolation.unprocessable(
                        "CB-1",
                        "The lane gives the " + platform.displayName() + " no light in some index cycles: "
                                + findings.stream()
                                        .filter(finding -> finding.severity() == Severity.FAIL)
                                        .map(Finding::message)
                                        .collect(Collectors.joining("; "))
                                + ". Add a library (or a catalogue index) that reads A, C or T there");
            }
        }
    }

    /** A catalogue index that would improve the lane, and which problems it removes. */
    public record Suggestion(
            CatalogueIndex index, Grade gradeAfter, int failsAfter, int warningsAfter, int notesAfter, String fixes) {}

    private record Score(int fails, int warnings, int notes) implements Comparable<Score> {
        static Score of(List<Finding> findings) {
            int fails = 0;
            int warnings = 0;
            int notes = 0;
            for (Finding finding : findings) {
                switch (finding.severity()) {
                    case FAIL -> fails++;
                    case WARN -> warnings++;
                    case NOTE -> notes++;
                }
            }
            return new Score(fails, warnings, notes);
        }

        Grade grade() {
            if (fails > 0) {
                return Grade.UNACCEPTABLE;
            }
            return warnings + notes > 0 ? Grade.ACCEPTABLE : Grade.IDEAL;
        }

        @Override
        public int compareTo(Score other) {
            return Comparator.comparingInt(Score::fails)
                    .thenComparingInt(Score::warnings)
                    .thenComparingInt(Score::notes)
                    .compare(this, other);
        }
    }

    /** A library whose index, as read, starts with two dark cycles. */
    private record DarkStart(int indexRead, String library) {}

    /** Base counts per index read and cycle, as the instrument reads them, and the GG starts. */
    private static final class Tally {
        private final Platform platform;
        private final int[] cyclesRead;
        private final int[][][] counts;
        private final int[] longest = new int[2];
        /** Libraries that have each index, to tell a cycle some indexes have already left. */
        private final int[] indexed = new int[2];

        private final List<DarkStart> darkStarts;

        Tally(Platform platform, ReadStructure reads) {
            this.platform = platform;
            this.cyclesRead = new int[] {reads.index1(), reads.index2()};
            this.counts = new int[2][][];
            for (int read = 0; read < 2; read++) {
                counts[read] = new int[cyclesRead[read]][4];
            }
            this.darkStarts = new ArrayList<>();
        }

        private Tally(Tally original) {
            this.platform = original.platform;
            this.cyclesRead = original.cyclesRead;
            this.counts = new int[2][][];
            for (int read = 0; read < 2; read++) {
                counts[read] = new int[cyclesRead[read]][];
                for (int cycle = 0; cycle < cyclesRead[read]; cycle++) {
                    counts[read][cycle] = original.counts[read][cycle].clone();
                }
            }
            System.arraycopy(original.longest, 0, longest, 0, 2);
            System.arraycopy(original.indexed, 0, indexed, 0, 2);
            this.darkStarts = new ArrayList<>(original.darkStarts);
        }

        Tally copy() {
            return new Tally(this);
        }

        void add(LaneLibrary library) {
            add(0, library.name(), library.i7(), false);
            add(1, library.name(), library.i5(), platform.i5AsRead() == I5Orientation.REVERSE_COMPLEMENT);
        }

        private void add(int read, String name, IndexSequence index, boolean reverseComplement) {
            if (index == null) {
                return;
            }
            int judged = Math.min(index.length(), cyclesRead[read]);
            longest[read] = Math.max(longest[read], judged);
            indexed[read]++;
            for (int cycle = 0; cycle < judged; cycle++) {
                counts[read][cycle][asRead(index, cycle, reverseComplement)]++;
            }
            boolean startsDark = judged >= 2
                    && platform.chemistry().hasDarkBase()
                    && asRead(index, 0, reverseComplement) == Bases.G
                    && asRead(index, 1, reverseComplement) == Bases.G;
            if (startsDark) {
                darkStarts.add(new DarkStart(read + 1, name));
            }
        }

        private static int asRead(IndexSequence index, int cycle, boolean reverseComplement) {
            return reverseComplement ? Bases.complement(index.baseAt(index.length() - 1 - cycle)) : index.baseAt(cycle);
        }

        List<CycleSignal> cycles() {
            List<CycleSignal> cycles = new ArrayList<>();
            Chemistry chemistry = platform.chemistry();
            for (int read = 0; read < 2; read++) {
                for (int cycle = 0; cycle < longest[read]; cycle++) {
                    int lit = litChannels(counts[read][cycle]);
                    List<String> litNames = new ArrayList<>();
                    List<String> darkNames = new ArrayList<>();
                    for (int channel = 0; channel < chemistry.channels().size(); channel++) {
                        ((lit & (1 << channel)) != 0 ? litNames : darkNames)
                                .add(chemistry.channels().get(channel));
                    }
                    int[] bases = counts[read][cycle];
                    cycles.add(new CycleSignal(
                            read + 1,
                            cycle + 1,
                            bases[Bases.A],
                            bases[Bases.C],
                            bases[Bases.G],
                            bases[Bases.T],
                            List.copyOf(litNames),
                            List.copyOf(darkNames)));
                }
            }
            return List.copyOf(cycles);
        }

        List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            Chemistry chemistry = platform.chemistry();
            int allChannels = (1 << chemistry.channels().size()) - 1;
            for (int read = 0; read < 2; read++) {
                for (int cycle = 0; cycle < longest[read]; cycle++) {
                    int lit = litChannels(counts[read][cycle]);
                    if (lit == allChannels) {
                        continue;
                    }
                    String where = "Index " + (read + 1) + " cycle " + (cycle + 1);
                    int ended =
                            indexed[read] - IntStream.of(counts[read][cycle]).sum();
                    if (lit == 0 && ended > 0) {
                        findings.add(new Finding(
                                Severity.WARN,
                                read + 1,
                                cycle + 1,
                                where + " has no signal from the indexes that reach it (all G); " + ended
                                        + " shorter indexes have ended and read adapter bases here"));
                    } else if (lit == 0) {
                        findings.add(new Finding(
                                Severity.FAIL,
                                read + 1,
                                cycle + 1,
                                where + " has no signal: every library reads G"
                                        + (cycle < 2
                                                ? ", and the first two cycles are where the clusters are found"
                                                : "")));
                    } else if (chemistry.warnsOnBlueOnly() && lit == chemistry.blueChannel()) {
                        findings.add(new Finding(
                                Severity.WARN,
                                read + 1,
                                cycle + 1,
                                where + " is lit in the blue channel only (A and G): XLEAP needs green (T or C) too"));
                    } else {
                        String missing = channelNames(chemistry, allChannels & ~lit);
                        findings.add(new Finding(
                                chemistry == Chemistry.FOUR_COLOUR ? Severity.WARN : Severity.NOTE,
                                read + 1,
                                cycle + 1,
                                where + " has no signal in " + missing));
                    }
                }
            }
            for (DarkStart darkStart : darkStarts) {
                findings.add(
                        new Finding(
                                Severity.WARN,
                                darkStart.indexRead(),
                                null,
                                "Library " + darkStart.library() + "'s Index " + darkStart.indexRead()
                                        + " starts GG as the instrument reads it, so its clusters are dark in the first two cycles"));
            }
            return findings;
        }

        private int litChannels(int[] bases) {
            int lit = 0;
            for (int base = 0; base < 4; base++) {
                if (bases[base] > 0) {
                    lit |= platform.chemistry().channelsOf(base);
                }
            }
            return lit;
        }

        private static String channelNames(Chemistry chemistry, int channels) {
            List<String> names = new ArrayList<>();
            for (int channel = 0; channel < chemistry.channels().size(); channel++) {
                if ((channels & (1 << channel)) != 0) {
                    names.add(chemistry.channels().get(channel));
                }
            }
            return String.join(" and ", names);
        }
    }
}
