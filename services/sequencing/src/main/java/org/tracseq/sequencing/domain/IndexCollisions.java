package org.tracseq.sequencing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/**
 * IDX-1 to IDX-3 for the libraries of one lane.
 *
 * <p>IDX-1: two libraries collide when, in every index read r, their Hamming distance over the shorter
 * of the two lengths is at most {@code 2·m_r}: demultiplexing with m mismatches could then put one's
 * reads under the other. A read one of them lacks (a single-indexed library beside dual-indexed ones)
 * compares over no bases, so it tells nothing apart. Identical indexes, and the same sequences under
 * two names, have distance 0 and always collide.
 *
 * <p>IDX-2: at most one unindexed library, and only alone in its lane.
 *
 * <p>IDX-3: the pool's minimum pairwise distance, the Hamming distances of both reads added up, is
 * reported, with a warning below {@value #WARN_BELOW}.
 */
public final class IndexCollisions {
    /** IDX-3: a pool whose closest pair differs in fewer bases than this gets a warning. */
    public static final int WARN_BELOW = 4;

    private IndexCollisions() {}

    public static CollisionReport check(List<LaneLibrary> libraries, MismatchPolicy mismatches) {
        checkUnindexed(libraries);
        int count = libraries.size();
        long[] i7 = new long[count];
        int[] i7Length = new int[count];
        long[] i5 = new long[count];
        int[] i5Length = new int[count];
        for (int i = 0; i < count; i++) {
            LaneLibrary library = libraries.get(i);
            if (library.i7() != null) {
                i7[i] = library.i7().packed();
                i7Length[i] = library.i7().length();
            }
            if (library.i5() != null) {
                i5[i] = library.i5().packed();
                i5Length[i] = library.i5().length();
            }
        }
        List<Collision> collisions = new ArrayList<>();
        int minimum = Integer.MAX_VALUE;
        int closestFirst = -1;
        int closestSecond = -1;
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                int compared1 = Math.min(i7Length[a], i7Length[b]);
                int distance1 = IndexSequence.distance(i7[a], i7[b], compared1);
                int compared2 = Math.min(i5Length[a], i5Length[b]);
                int distance2 = IndexSequence.distance(i5[a], i5[b], compared2);
                int combined = distance1 + distance2;
                if (combined < minimum) {
                    minimum = combined;
                    closestFirst = a;
                    closestSecond = b;
                }
                if (mismatches.collidesInIndex1(distance1) && mismatches.collidesInIndex2(distance2)) {
                    collisions.add(
                            collision(libraries.get(a), libraries.get(b), distance1, compared1, distance2, compared2));
                }
            }
        }
        ClosestPair closest = closestFirst < 0
                ? null
                : new ClosestPair(
                        libraries.get(closestFirst).name(),
                        libraries.get(closestSecond).name(),
                        minimum);
        return new CollisionReport(mismatches, List.copyOf(collisions), closest);
    }

    /** True when the candidate collides (IDX-1) with no library of the lane. */
    static boolean fitsIn(List<LaneLibrary> libraries, LaneLibrary candidate, MismatchPolicy mismatches) {
        for (LaneLibrary library : libraries) {
            if (library.unindexed()) {
                return false;
            }
            int distance1 = IndexSequence.distance(library.i7(), candidate.i7());
            int distance2 = library.i5() == null || candidate.i5() == null
                    ? 0
                    : IndexSequence.distance(library.i5(), candidate.i5());
            if (mismatches.collidesInIndex1(distance1) && mismatches.collidesInIndex2(distance2)) {
                return false;
            }
        }
        return true;
    }

    private static Collision collision(
            LaneLibrary first, LaneLibrary second, int distance1, int compared1, int distance2, int compared2) {
        boolean sameI7 = first.i7().equals(second.i7());
        boolean sameI5 = Objects.equals(first.i5(), second.i5());
        boolean renamed = sameI7
                && sameI5
                && (!Objects.equals(first.i7Name(), second.i7Name())
                        || !Objects.equals(first.i5Name(), second.i5Name()));
        return new Collision(
                first.name(),
                second.name(),
                distance1,
                compared1,
                compared2 == 0 ? null : distance2,
                compared2,
                sameI7 && sameI5,
                renamed);
    }

    private static void checkUnindexed(List<LaneLibrary> libraries) {
        List<String> unindexed = libraries.stream()
                .filter(LaneLibrary::unindexed)
                .map(LaneLibrary::name)
                .toList();
        if (unindexed.size() > 1) {
            throw RuleViolation.unprocessable(
                    "IDX-2",
                    "The lane holds " + unindexed.size() + " unindexed libraries (" + String.join(", ", unindexed)
                            + "); nothing would tell their reads apart. Index them, or give each a lane of its own");
        }
        if (unindexed.size() == 1 && libraries.size() > 1) {
            throw RuleViolation.unprocessable(
                    "IDX-2",
                    "Unindexed library " + unindexed.get(0) + " shares the lane with " + (libraries.size() - 1)
                            + " other libraries; its reads would all be undetermined. An unindexed library "
                            + "must be alone in its lane");
        }
    }

    /** Two libraries demultiplexing cannot tell apart, with each read's distance and compared length. */
    public record Collision(
            String first,
            String second,
            int distanceIndex1,
            int comparedIndex1,
            Integer distanceIndex2,
            int comparedIndex2,
            boolean identical,
            boolean sameSequenceUnderTwoNames) {

        public String describe() {
            String distances = "Index 1 differs in " + distanceIndex1 + " of " + comparedIndex1 + " bases"
                    + (distanceIndex2 == null
                            ? ", and Index 2 does not tell them apart (one has no i5)"
                            : ", Index 2 in " + distanceIndex2 + " of " + comparedIndex2);
            String what = sameSequenceUnderTwoNames
                    ? " carry the same index sequences under different names"
                    : identical ? " carry identical indexes" : " collide";
            return first + " and " + second + what + ": " + distances;
        }
    }

    /** IDX-3: the lane's closest pair, distances of both reads added up. */
    public record ClosestPair(String first, String second, int distance) {}

    /** Every colliding pair of a lane (IDX-1) and its closest pair (IDX-3). */
    public record CollisionReport(MismatchPolicy mismatches, List<Collision> collisions, ClosestPair closest) {

        public boolean collides() {
            return !collisions.isEmpty();
        }

        /** The pool's minimum pairwise distance, or null for a lane of one library. */
        public Integer minimumDistance() {
            return closest == null ? null : closest.distance();
        }

        /** IDX-3. */
        public boolean lowDistanceWarning() {
            return closest != null && closest.distance() < WARN_BELOW;
        }

        /** IDX-1 as a refusal that lists the first colliding pairs. */
        public void requireNoCollisions() {
            if (collides()) {
                String shown =
                        collisions.stream().limit(5).map(Collision::describe).collect(Collectors.joining("; "));
                String more = collisions.size() > 5 ? "; and " + (collisions.size() - 5) + " more pairs" : "";
                throw RuleViolation.unprocessable(
                        "IDX-1",
                        collisions.size() + " pair(s) of libraries collide with " + mismatches.index1() + "/"
                                + mismatches.index2() + " mismatches allowed: " + shown + more
                                + ". Move one of each pair to another lane, change its index, or allow fewer "
                                + "mismatches");
            }
        }
    }
}
