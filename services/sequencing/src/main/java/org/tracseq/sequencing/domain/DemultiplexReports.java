package org.tracseq.sequencing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracseq.platform.problem.ProblemException;

/**
 * BCL Convert's reports after a run, read and matched to the libraries.
 *
 * <p>{@code Reports/Demultiplex_Stats.csv} (BCL Convert "Metrics Output": per sample and lane, reads,
 * perfect and one-mismatch index reads; header {@code Lane,SampleID,Index,# Reads,# Perfect Index
 * Reads,# One Mismatch Index Reads,# Two Mismatch Index Reads,% Reads,...}, with {@code Sample_Project}
 * and quality columns in later versions, and an {@code Undetermined} row per lane) and
 * {@code Reports/Top_Unknown_Barcodes.csv} ({@code Lane,index,index2,# Reads,% of Unknown Barcodes,%
 * of All Reads}). Columns are found by name, so added columns do not matter. The unknown barcodes are
 * "the sequences as they were sequenced/read by the sequencer" (Illumina article 000005078), so i5
 * there is in the platform's read orientation.
 */
public final class DemultiplexReports {
    /** Below this the match of an unknown barcode to a catalogue index says little. */
    private static final int SHORTEST_NAMEABLE = 6;

    private DemultiplexReports() {}

    public record DemuxStat(int lane, String sampleId, String index, long reads, long perfectIndexReads) {
        public boolean undetermined() {
            return "Undetermined".equalsIgnoreCase(sampleId);
        }
    }

    public record UnknownBarcode(int lane, String index, String index2, long reads) {}

    /** A library's wanted share of its lane (weights, normalised per lane). */
    public record ExpectedShare(int lane, String sampleId, BigDecimal share) {}

    /** Reads against the expected share of all the lane's reads, flagged under half of it. */
    public record LibraryYield(
            int lane,
            String sampleId,
            long reads,
            double observedFraction,
            double expectedFraction,
            boolean underHalf) {}

    /** An unknown barcode that is a catalogue index: probably a library given the wrong index. */
    public record NamedUnknown(UnknownBarcode barcode, CatalogueIndex index, String explanation) {}

    public static List<DemuxStat> parseDemultiplexStats(String csv) {
        Table table = Table.parse("Demultiplex_Stats.csv", csv, "Lane", "SampleID", "# Reads");
        List<DemuxStat> stats = new ArrayList<>();
        for (int row = 0; row < table.rows.size(); row++) {
            stats.add(new DemuxStat(
                    table.integer(row, "Lane"),
                    table.text(row, "SampleID"),
                    table.optionalText(row, "Index"),
                    table.count(row, "# Reads"),
                    table.has("# Perfect Index Reads") ? table.count(row, "# Perfect Index Reads") : 0));
        }
        return List.copyOf(stats);
    }

    public static List<UnknownBarcode> parseTopUnknownBarcodes(String csv) {
        Table table = Table.parse("Top_Unknown_Barcodes.csv", csv, "Lane", "index", "# Reads");
        List<UnknownBarcode> barcodes = new ArrayList<>();
        for (int row = 0; row < table.rows.size(); row++) {
            barcodes.add(new UnknownBarcode(
                    table.integer(row, "Lane"),
                    table.text(row, "index"),
                    table.optionalText(row, "index2"),
                    table.count(row, "# Reads")));
        }
        return List.copyOf(barcodes);
    }

    /**
     * Each expected library's reads as a fraction of all its lane's reads (undetermined included: a
     * library under a wrong index shows there), flagged when under half its expected share.
     */
    public static List<LibraryYield> yields(List<DemuxStat> stats, List<ExpectedShare> expected) {
        Map<Integer, Long> laneReads = new HashMap<>();
        Map<String, Long> readsBySample = new HashMap<>();
        for (DemuxStat stat : stats) {
            laneReads.merge(stat.lane(), stat.reads(), Long::sum);
            readsBySample.merge(stat.lane() + "/" + stat.sampleId(), stat.reads(), Long::sum);
        }
        Map<Integer, BigDecimal> laneShares = new HashMap<>();
        for (ExpectedShare share : expected) {
            if (share.share() == null || share.share().signum() <= 0) {
                throw new ProblemException(
                        422, "bad-share", "Bad expected share", share.sampleId() + " needs an expected share above 0");
            }
            laneShares.merge(share.lane(), share.share(), BigDecimal::add);
        }
        List<LibraryYield> yields = new ArrayList<>();
        for (ExpectedShare share : expected) {
            long reads = readsBySample.getOrDefault(share.lane() + "/" + share.sampleId(), 0L);
            long total = laneReads.getOrDefault(share.lane(), 0L);
            double observed = total == 0 ? 0 : (double) reads / total;
            double wanted =
                    share.share().doubleValue() / laneShares.get(share.lane()).doubleValue();
            yields.add(
                    new LibraryYield(share.lane(), share.sampleId(), reads, observed, wanted, observed < wanted / 2));
        }
        return List.copyOf(yields);
    }

    /**
     * Unknown barcodes that are catalogue indexes as this platform reads them (i5 in its read
     * orientation), and those that match only with i5 the other way round, which points at a sheet
     * written in the wrong i5 orientation. Each unknown barcode gets its best name: a whole pair
     * before a pair with i5 turned round, before an Index 1 alone (a single-index kit's six bases
     * also start many longer i7s); among equals the catalogue's first.
     */
    public static List<NamedUnknown> nameUnknowns(
            Platform platform, List<UnknownBarcode> unknowns, List<CatalogueIndex> catalogue) {
        List<NamedUnknown> named = new ArrayList<>();
        for (UnknownBarcode unknown : unknowns) {
            IndexSequence i7 = readable(unknown.index());
            IndexSequence i5 = readable(unknown.index2());
            if (i7 == null) {
                continue;
            }
            NamedUnknown best = null;
            int bestRank = Integer.MAX_VALUE;
            for (CatalogueIndex index : catalogue) {
                if (!same(i7, index.i7())) {
                    continue;
                }
                String which = "catalogue index " + index.name() + " of " + index.kit();
                int rank;
                String explanation;
                if (i5 == null || index.i5() == null) {
                    rank = 2;
                    explanation = "Index 1 is " + which;
                } else if (same(i5, platform.i5AsRead().apply(index.i5()))) {
                    rank = 0;
                    explanation = "the pair is " + which;
                } else if (same(i5, platform.i5AsRead().apply(index.i5()).reverseComplement())) {
                    rank = 1;
                    explanation = which + " with i5 reverse-complemented: check the sheet's i5 orientation for the "
                            + platform.displayName();
                } else {
                    continue;
                }
                if (rank < bestRank) {
                    bestRank = rank;
                    best = new NamedUnknown(unknown, index, explanation);
                }
            }
            if (best != null) {
                named.add(best);
            }
        }
        return List.copyOf(named);
    }

    private static boolean same(IndexSequence read, IndexSequence catalogue) {
        return Math.min(read.length(), catalogue.length()) >= SHORTEST_NAMEABLE
                && IndexSequence.distance(read, catalogue) == 0;
    }

    /** An index as the report gives it, or null when it holds no-calls (N) or nothing. */
    private static IndexSequence readable(String bases) {
        if (bases == null || bases.isEmpty() || bases.length() > IndexSequence.MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < bases.length(); i++) {
            if (Bases.code(bases.charAt(i)) < 0) {
                return null;
            }
        }
        return IndexSequence.of(bases);
    }

    /** A small CSV of BCL Convert's making: no quoting, columns by header name. */
    private static final class Table {
        private final String file;
        private final Map<String, Integer> columns = new HashMap<>();
        private final List<String[]> rows = new ArrayList<>();
        private final List<Integer> lineNumbers = new ArrayList<>();

        private Table(String file) {
            this.file = file;
        }

        static Table parse(String file, String csv, String... required) {
            Table table = new Table(file);
            String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r?\n");
            int header = -1;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split(",", -1);
                if (header < 0) {
                    header = i;
                    for (int column = 0; column < cells.length; column++) {
                        table.columns.put(cells[column].trim(), column);
                    }
                    for (String name : required) {
                        if (!table.columns.containsKey(name)) {
                            throw unreadable(file + " has no '" + name + "' column; is it BCL Convert's " + file + "?");
                        }
                    }
                } else {
                    table.rows.add(cells);
                    table.lineNumbers.add(i + 1);
                }
            }
            if (header < 0) {
                throw unreadable(file + " is empty");
            }
            return table;
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }

        String text(int row, String column) {
            String value = optionalText(row, column);
            if (value.isEmpty()) {
                throw unreadable(file + " line " + lineNumbers.get(row) + " has no " + column);
            }
            return value;
        }

        String optionalText(int row, String column) {
            Integer index = columns.get(column);
            String[] cells = rows.get(row);
            return index == null || index >= cells.length ? "" : cells[index].trim();
        }

        int integer(int row, String column) {
            return (int) count(row, column);
        }

        long count(int row, String column) {
            String value = text(row, column);
            try {
                long number = Long.parseLong(value);
                if (number < 0) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException notACount) {
                throw unreadable(file + " line " + lineNumbers.get(row) + " has '" + value + "' as " + column
                        + ", which is not a count");
            }
        }

        private static ProblemException unreadable(String detail) {
            return new ProblemException(422, "unreadable-report", "Unreadable report", detail);
        }
    }
}
