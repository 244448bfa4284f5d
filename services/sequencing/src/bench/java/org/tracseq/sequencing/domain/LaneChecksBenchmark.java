package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.SampleSheets.Request;
import org.tracseq.sequencing.domain.SampleSheets.Row;

/**
 * The lane checks and the sheet at their largest everyday size, timed call by call in this JVM after
 * a warm-up: IDX-1..3 plus CB-1 for one NovaSeq X lane of 384 dual-indexed libraries (target p99 under
 * 20 ms), a CB-1 suggestion among 384 catalogue indexes, and a 384-library v2 sheet over 8 lanes
 * (target under 100 ms). Random 10-base indexes from a fixed seed. Prints the figures; times are not
 * asserted (a shared machine's load is not the code's). Run:
 * {@code ./mvnw -B -o -Pbench -pl services/sequencing verify}.
 */
class LaneChecksBenchmark {
    private static final int LIBRARIES = 384;
    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 5_000;
    private static final ReadStructure READS = ReadStructure.parse("151-10-10-151");

    @Test
    void laneChecksAndSheetFor384Libraries() {
        Random random = new Random(20);
        List<LaneLibrary> lane = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (lane.size() < LIBRARIES) {
            String i7 = randomIndex(random);
            String i5 = randomIndex(random);
            if (used.add(i7 + i5)) {
                String name = "Lib-" + (lane.size() + 1);
                lane.add(LaneLibrary.of(name, i7, i5));
                rows.add(new Row(1 + lane.size() % 8, name, IndexSequence.of(i7), IndexSequence.of(i5)));
            }
        }
        List<CatalogueIndex> catalogue = new ArrayList<>();
        for (int i = 0; i < LIBRARIES; i++) {
            catalogue.add(CatalogueIndex.of("Bench kit v1", "Cat-" + i, randomIndex(random), randomIndex(random)));
        }
        Request sheet = new Request(
                Platform.NOVASEQ_X, null, "Bench-run", READS, MismatchPolicy.DEFAULT, null, List.copyOf(rows));

        Figures checks = time(() -> {
            var collisions = IndexCollisions.check(lane, MismatchPolicy.DEFAULT);
            var balance = ColourBalance.check(Platform.NOVASEQ_X, READS, lane);
            return collisions.collisions().size() + balance.findings().size();
        });
        Figures suggestion = time(() -> ColourBalance.suggest(
                        Platform.NOVASEQ_X, READS, lane, catalogue, MismatchPolicy.DEFAULT, 3)
                .size());
        Figures sheets = time(() -> SampleSheets.generate(sheet).content().length());

        var collisions = IndexCollisions.check(lane, MismatchPolicy.DEFAULT);
        System.out.printf(
                "%nSequencing rules, %d dual-indexed libraries (10+10 bases), %d calls after %d warm-up calls%n",
                LIBRARIES, MEASURED, WARM_UP);
        System.out.printf("%-46s %9s %9s %9s %9s%n", "what", "p50 ms", "p99 ms", "max ms", "target");
        checks.print("IDX-1..3 + CB-1, one NovaSeq X lane", "< 20 ms p99");
        suggestion.print("CB-1 suggestion among 384 catalogue indexes", "-");
        sheets.print("v2 sheet, 384 libraries over 8 lanes", "< 100 ms");
        System.out.printf(
                "(the lane has %d colliding pairs at 1/1 mismatches, minimum distance %d)%n%n",
                collisions.collisions().size(), collisions.minimumDistance());
        assertThat(SampleSheets.generate(sheet).content().lines().filter(line -> line.startsWith("8,Lib-")))
                .hasSize(LIBRARIES / 8);
    }

    private static String randomIndex(Random random) {
        char[] bases = new char[10];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = "ACGT".charAt(random.nextInt(4));
        }
        return new String(bases);
    }

    /** Calls the work WARM_UP times unmeasured, then MEASURED times, each timed on its own. */
    private static Figures time(Supplier<Integer> work) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.get();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            sink += work.get();
            nanos[i] = System.nanoTime() - start;
        }
        assertThat(sink).as("the work produced results").isNotNegative();
        Arrays.sort(nanos);
        return new Figures(nanos);
    }

    private record Figures(long[] sortedNanos) {
        double percentileMs(double quantile) {
            int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(quantile * sortedNanos.length) - 1);
            return sortedNanos[index] / 1e6;
        }

        void print(String what, String target) {
            System.out.printf(
                    "%-46s %9.3f %9.3f %9.3f %9s%n",
                    what, percentileMs(0.50), percentileMs(0.99), sortedNanos[sortedNanos.length - 1] / 1e6, target);
        }
    }
}
