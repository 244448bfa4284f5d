package org.tracseq.sequencing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SS-1 to SS-3: the sample sheet an instrument's demultiplexing accepts, written from a run's rows.
 *
 * <p>v2 follows BCL Convert's sample sheet documentation (support-docs.illumina.com, BCL Convert
 * "Sample Sheet", and the BCL Convert interactive sample sheet of Illumina Connected Software):
 * {@code [Header]} with {@code FileFormatVersion,2}, {@code RunName}, {@code InstrumentPlatform} and
 * {@code IndexOrientation} where the instrument's software reads them; {@code [Reads]} with
 * {@code Read1Cycles}, {@code Read2Cycles}, {@code Index1Cycles}, {@code Index2Cycles};
 * {@code [BCLConvert_Settings]} (required in v2, where an unknown setting aborts the analysis, so only
 * documented keys are written: {@code SoftwareVersion}, {@code BarcodeMismatchesIndex1/2},
 * {@code OverrideCycles}); {@code [BCLConvert_Data]} with {@code Lane,Sample_ID,Index,Index2}. Where
 * libraries need different OverrideCycles (mixed index lengths, single- beside dual-indexed) each row
 * carries its own, which DRAGEN BCL conversion supports ("mixed pools by specifying settings for each
 * sample (OverrideCycles, ...)").
 *
 * <p>v1 is the IEM layout BCL Convert also reads ({@code [Header] [Reads] [Settings] [Data]}, columns
 * {@code Sample_ID,index,index2}); its settings hold one OverrideCycles for the run, so every library
 * must then have the same index lengths (on the NextSeq 500/550 Illumina says as much: "Mixed index
 * lengths are not supported", article 000002129).
 *
 * <p>The i5 is written as the platform wants it for the version ({@link Platform#i5InSheet}). SS-3:
 * the header carries the generator version and a SHA-256 of the inputs, rows in lane and Sample_ID
 * order, so the same inputs give the same hash and the same bytes. IDX and CB are not checked here:
 * the run's lanes pass them (or carry a recorded override) before a sheet is asked for.
 */
public final class SampleSheets {
    /** Letters, digits and dashes, so the sheet's description line is plain words whatever reads it. */
    public static final String GENERATOR_VERSION = "tracseq-sequencing-sheets-1";

    private static final Comparator<Row> LANE_THEN_SAMPLE =
            Comparator.comparingInt(Row::lane).thenComparing(Row::sampleId);

    private SampleSheets() {}

    /** One library in the sheet: i5 forward, as the catalogue holds it; null indexes for none. */
    public record Row(int lane, String sampleId, IndexSequence i7, IndexSequence i5) {}

    /** {@code version} null: the platform's default. {@code runName}, {@code softwareVersion} optional. */
    public record Request(
            Platform platform,
            SampleSheetVersion version,
            String runName,
            ReadStructure reads,
            MismatchPolicy mismatches,
            String softwareVersion,
            List<Row> rows) {}

    public record Sheet(SampleSheetVersion version, String content, String inputsHash, String generatorVersion) {
        public String fileName() {
            return "SampleSheet.csv";
        }
    }

    public static Sheet generate(Request request) {
        Platform platform = request.platform();
        SampleSheetVersion version = request.version() == null ? platform.defaultSheetVersion() : request.version();
        if (!platform.sheetVersions().contains(version)) {
            throw RuleViolation.unprocessable(
                    "SS-1",
                    "A " + platform.displayName() + " takes only " + platform.sheetVersions()
                            + " sample sheets; ask for one of those");
        }
        ReadStructure reads = request.reads();
        reads.checkFits(platform);
        SampleIds.checkHeaderValue("RunName", request.runName());
        SampleIds.checkHeaderValue("SoftwareVersion", request.softwareVersion());
        List<Row> rows = new ArrayList<>(request.rows());
        if (rows.isEmpty()) {
            throw RuleViolation.unprocessable("SS-1", "A sample sheet needs at least one library");
        }
        checkRows(platform, reads, rows);
        rows.sort(LANE_THEN_SAMPLE);

        I5Orientation i5InSheet = platform.i5InSheet(version);
        List<String> masks = rows.stream()
                .map(row -> OverrideCycles.of(reads, length(row.i7()), length(row.i5())))
                .toList();
        boolean oneMask = masks.stream().distinct().count() == 1;
        if (version == SampleSheetVersion.V1 && !oneMask) {
            throw RuleViolation.unprocessable(
                    "SS-1",
                    "A v1 sheet has one OverrideCycles for the whole run, but these libraries need "
                            + masks.stream().distinct().toList()
                            + " (different index lengths, or single- beside dual-indexed); ask for a v2 sheet");
        }
        String hash = inputsHash(request, version, rows);
        String content = version == SampleSheetVersion.V2
                ? v2(request, rows, masks, oneMask, i5InSheet, hash)
                : v1(request, rows, masks.get(0), i5InSheet, hash);
        return new Sheet(version, content, hash, GENERATOR_VERSION);
    }

    private static void checkRows(Platform platform, ReadStructure reads, List<Row> rows) {
        Set<String> idsPerLane = new HashSet<>();
        for (Row row : rows) {
            platform.checkLane(row.lane());
            if (!platform.independentLanes() && row.lane() != 1) {
                throw RuleViolation.unprocessable(
                        "SQ-PLATFORMS",
                        "A " + platform.displayName() + " loads one pool on all its lanes; put " + row.sampleId()
                                + " in lane 1");
            }
            SampleIds.check(row.sampleId());
            if (!idsPerLane.add(row.lane() + "/" + row.sampleId().toLowerCase(Locale.ROOT))) {
                throw RuleViolation.unprocessable(
                        "SS-2", "Sample_ID " + row.sampleId() + " appears twice in lane " + row.lane());
            }
            checkFits(row, row.i7(), reads.index1(), 1);
            checkFits(row, row.i5(), reads.index2(), 2);
        }
    }

    private static void checkFits(Row row, IndexSequence index, int cycles, int read) {
        if (index != null && index.length() > cycles) {
            throw RuleViolation.unprocessable(
                    "SS-1",
                    row.sampleId() + "'s Index " + read + " has " + index.length() + " bases but the run reads "
                            + cycles + " cycles of Index " + read + "; read at least " + index.length()
                            + (cycles == 0 ? ", or leave that index out" : ""));
        }
    }

    private static String v2(
            Request request, List<Row> rows, List<String> masks, boolean oneMask, I5Orientation i5, String hash) {
        Platform platform = request.platform();
        ReadStructure reads = request.reads();
        Csv sheet = new Csv();
        sheet.section("[Header]");
        sheet.line("FileFormatVersion", "2");
        sheet.lineIfPresent("RunName", request.runName());
        sheet.line("RunDescription", description(hash));
        sheet.lineIfPresent("InstrumentPlatform", platform.v2InstrumentPlatform());
        if (platform.v2InstrumentPlatform() != null) {
            // Only the instruments whose DRAGEN reverse-complements i5 itself name a platform here.
            sheet.line("IndexOrientation", "Forward");
        }
        sheet.section("[Reads]");
        sheet.line("Read1Cycles", reads.read1());
        sheet.lineIfPositive("Read2Cycles", reads.read2());
        sheet.lineIfPositive("Index1Cycles", reads.index1());
        sheet.lineIfPositive("Index2Cycles", reads.index2());
        sheet.section("[BCLConvert_Settings]");
        sheet.lineIfPresent("SoftwareVersion", request.softwareVersion());
        mismatchSettings(sheet, request);
        if (oneMask) {
            sheet.line("OverrideCycles", masks.get(0));
        }
        sheet.section("[BCLConvert_Data]");
        boolean lanes = platform.independentLanes() || platform.lanes() == 1;
        List<String> columns = new ArrayList<>();
        if (lanes) {
            columns.add("Lane");
        }
        columns.add("Sample_ID");
        indexColumns(columns, reads, "Index", "Index2");
        if (!oneMask) {
            columns.add("OverrideCycles");
        }
        sheet.row(columns);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<String> cells = new ArrayList<>();
            if (lanes) {
                cells.add(String.valueOf(row.lane()));
            }
            cells.add(row.sampleId());
            indexCells(cells, reads, row, i5);
            if (!oneMask) {
                cells.add(masks.get(i));
            }
            sheet.row(cells);
        }
        return sheet.toString();
    }

    private static String v1(Request request, List<Row> rows, String mask, I5Orientation i5, String hash) {
        ReadStructure reads = request.reads();
        Csv sheet = new Csv();
        sheet.section("[Header]");
        sheet.line("IEMFileVersion", "5");
        sheet.lineIfPresent("Experiment Name", request.runName());
        sheet.line("Workflow", "GenerateFASTQ");
        sheet.line("Description", description(hash));
        sheet.section("[Reads]");
        sheet.row(List.of(String.valueOf(reads.read1())));
        if (reads.read2() > 0) {
            sheet.row(List.of(String.valueOf(reads.read2())));
        }
        sheet.section("[Settings]");
        sheet.line("OverrideCycles", mask);
        mismatchSettings(sheet, request);
        sheet.section("[Data]");
        boolean lanes = request.platform().independentLanes();
        List<String> columns = new ArrayList<>();
        if (lanes) {
            columns.add("Lane");
        }
        columns.add("Sample_ID");
        indexColumns(columns, reads, "index", "index2");
        sheet.row(columns);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            if (lanes) {
                cells.add(String.valueOf(row.lane()));
            }
            cells.add(row.sampleId());
            indexCells(cells, reads, row, i5);
            sheet.row(cells);
        }
        return sheet.toString();
    }

    private static void mismatchSettings(Csv sheet, Request request) {
        if (request.reads().index1() > 0) {
            sheet.line("BarcodeMismatchesIndex1", request.mismatches().index1());
        }
        if (request.reads().index2() > 0) {
            sheet.line("BarcodeMismatchesIndex2", request.mismatches().index2());
        }
    }

    private static void indexColumns(List<String> columns, ReadStructure reads, String index1, String index2) {
        if (reads.index1() > 0) {
            columns.add(index1);
        }
        if (reads.index2() > 0) {
            columns.add(index2);
        }
    }

    private static void indexCells(List<String> cells, ReadStructure reads, Row row, I5Orientation i5) {
        if (reads.index1() > 0) {
            cells.add(row.i7() == null ? "" : row.i7().bases());
        }
        if (reads.index2() > 0) {
            cells.add(row.i5() == null ? "" : i5.apply(row.i5()).bases());
        }
    }

    private static int length(IndexSequence index) {
        return index == null ? 0 : index.length();
    }

    private static String description(String hash) {
        return "Generated by " + GENERATOR_VERSION + " from inputs sha256 " + hash;
    }

    /** SS-3: everything the sheet is made of, in a fixed order, hashed. */
    static String inputsHash(Request request, SampleSheetVersion version, List<Row> sortedRows) {
        StringBuilder inputs = new StringBuilder()
                .append(GENERATOR_VERSION)
                .append('\n')
                .append(request.platform().name())
                .append('\n')
                .append(version)
                .append('\n')
                .append(request.runName())
                .append('\n')
                .append(request.reads())
                .append('\n')
                .append(request.mismatches().index1())
                .append('/')
                .append(request.mismatches().index2())
                .append('\n')
                .append(request.softwareVersion())
                .append('\n');
        for (Row row : sortedRows) {
            inputs.append(row.lane())
                    .append(',')
                    .append(row.sampleId())
                    .append(',')
                    .append(row.i7() == null ? "" : row.i7().bases())
                    .append(',')
                    .append(row.i5() == null ? "" : row.i5().bases())
                    .append('\n');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(inputs.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** Sections separated by an empty line, one record a line. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder();

        void section(String name) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(name).append('\n');
        }

        void line(String key, Object value) {
            text.append(key).append(',').append(value).append('\n');
        }

        void lineIfPresent(String key, String value) {
            if (value != null && !value.isBlank()) {
                line(key, value);
            }
        }

        void lineIfPositive(String key, int value) {
            if (value > 0) {
                line(key, value);
            }
        }

        void row(List<String> cells) {
            StringJoiner joined = new StringJoiner(",");
            cells.forEach(joined::add);
            text.append(joined).append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
