package org.tracseq.qaqc.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracseq.platform.problem.FieldError;

/**
 * Reads instrument exports into rows of readings in the metrics' units, collecting every problem by
 * row instead of stopping at the first (an import is all or nothing with a row report). Column
 * names are matched loosely (case, spaces, {@code µ}/{@code u}, {@code ®} ignored) because
 * instrument software versions spell them slightly differently; the formats are described in
 * services/qaqc/README.md.
 */
public final class InstrumentFiles {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal DV200_FROM = BigDecimal.valueOf(200);

    private InstrumentFiles() {}

    /** A column that gives {@code metric}, under any of {@code names}, times {@code factor}. */
    private record Measure(String metric, List<String> names, BigDecimal factor) {}

    private static final List<String> QUBIT_NAME = List.of("testname", "samplename", "sampleid");
    private static final List<String> NANODROP_NAME = List.of("samplename", "sampleid");
    private static final List<String> TAPESTATION_NAME = List.of("sampledescription");

    private static final List<Measure> NANODROP = List.of(
            new Measure(
                    "concentration", List.of("nucleicacid(ng/ul)", "nucleicacidconc.", "nucleicacid"), BigDecimal.ONE),
            new Measure("a260_280", List.of("a260/a280", "260/280"), BigDecimal.ONE),
            new Measure("a260_230", List.of("a260/a230", "260/230"), BigDecimal.ONE));

    private static final List<Measure> ELECTROPHORESIS = List.of(
            new Measure("rin", List.of("rine", "rin", "rnaintegritynumber(rin)"), BigDecimal.ONE),
            new Measure("din", List.of("din"), BigDecimal.ONE),
            new Measure("dv200", List.of("dv200", "dv200[%]"), BigDecimal.ONE),
            new Measure("fragment_size", List.of("averagesize[bp]"), BigDecimal.ONE),
            new Measure(
                    "molarity", List.of("regionmolarity[pmol/l]", "molarity[pmol/l]"), BigDecimal.ONE.movePointLeft(3)),
            new Measure("molarity", List.of("regionmolarity[nmol/l]", "molarity[nmol/l]"), BigDecimal.ONE),
            new Measure("concentration", List.of("conc.[ng/ul]"), BigDecimal.ONE),
            new Measure("concentration", List.of("conc.[pg/ul]"), BigDecimal.ONE.movePointLeft(3)));

    /** Concentration units as Qubit and NanoDrop write them, to ng/uL. */
    private static final Map<String, BigDecimal> CONCENTRATION_UNITS = Map.of(
            "ng/ul",
            BigDecimal.ONE,
            "ug/ml",
            BigDecimal.ONE,
            "ng/ml",
            BigDecimal.ONE.movePointLeft(3),
            "pg/ul",
            BigDecimal.ONE.movePointLeft(3),
            "ug/ul",
            THOUSAND,
            "mg/ml",
            THOUSAND);

    /** The rows of {@code content} as {@code format}, refusing more than {@code maxRows} data rows. */
    public static ParsedFile read(InstrumentFormat format, String content, int maxRows) {
        Reader reader = new Reader(maxRows);
        switch (format) {
            case QUBIT -> reader.table(content, QUBIT_NAME, List.of(), true);
            case NANODROP -> reader.table(content, NANODROP_NAME, NANODROP, false);
            case TAPESTATION -> reader.table(content, TAPESTATION_NAME, ELECTROPHORESIS, false);
            case BIOANALYZER -> reader.bioanalyzer(content);
        }
        if (reader.rows.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add(new FieldError("content", "The file has no data rows"));
        }
        return new ParsedFile(reader.rows, reader.problems);
    }

    /** A column name as compared: lower case, without spaces, {@code ®}, or the micro sign's variants. */
    static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace('µ', 'u')
                .replace('μ', 'u')
                .replace("®", "")
                .replaceAll("\\s+", "");
    }

    private static final class Reader {
        private final int maxRows;
        private final List<FileRow> rows = new ArrayList<>();
        private final List<FieldError> problems = new ArrayList<>();

        Reader(int maxRows) {
            this.maxRows = maxRows;
        }

        /**
         * One header line, then a data row per line. The sample column is any of {@code nameColumns};
         * Qubit's concentration comes with a unit column, the others from {@code measures}.
         */
        void table(String content, List<String> nameColumns, List<Measure> measures, boolean qubit) {
            List<String> lines = Csv.lines(content);
            int headerAt = 0;
            while (headerAt < lines.size() && Csv.blank(lines.get(headerAt))) {
                headerAt++;
            }
            if (headerAt == lines.size()) {
                return;
            }
            char delimiter = Csv.delimiter(lines.get(headerAt));
            Map<String, Integer> columns = columns(Csv.fields(lines.get(headerAt), delimiter));
            Optional<Integer> nameColumn = find(columns, nameColumns);
            if (nameColumn.isEmpty()) {
                problems.add(new FieldError(
                        "content", "The header has no sample column (one of " + String.join(", ", nameColumns) + ")"));
                return;
            }
            Optional<Integer> qubitValue = find(columns, List.of("originalsampleconc.", "originalsampleconc"));
            Optional<Integer> qubitUnit =
                    find(columns, List.of("originalsampleconc.units", "originalsampleconcunits", "units"));
            if (qubit && (qubitValue.isEmpty() || qubitUnit.isEmpty())) {
                problems.add(new FieldError(
                        "content", "The header needs \"Original sample conc.\" and \"Original sample conc. units\""));
                return;
            }
            // NanoDrop writes the concentration's unit in a column of its own
            Optional<Integer> concentrationUnit = qubit ? Optional.empty() : find(columns, List.of("unit"));
            int number = 0;
            for (int i = headerAt + 1; i < lines.size(); i++) {
                if (Csv.blank(lines.get(i))) {
                    continue;
                }
                number++;
                if (number > maxRows) {
                    problems.add(
                            new FieldError("content", "The file has more than " + maxRows + " data rows; split it"));
                    return;
                }
                List<String> fields = Csv.fields(lines.get(i), delimiter);
                String barcode = cell(fields, nameColumn.get());
                if (barcode.isEmpty() || barcode.equalsIgnoreCase("ladder")) {
                    continue; // a ladder or an empty well: nothing measured for a sample
                }
                String field = "rows[" + number + "]";
                List<Reading> readings = new ArrayList<>();
                if (qubit) {
                    qubitReading(field, cell(fields, qubitValue.get()), cell(fields, qubitUnit.get()))
                            .ifPresent(readings::add);
                }
                BigDecimal concentrationFactor = concentrationUnit
                        .map(column -> unitFactor(field + ".unit", cell(fields, column)))
                        .orElse(BigDecimal.ONE);
                for (Measure measure : measures) {
                    BigDecimal factor = measure.metric().equals("concentration")
                            ? measure.factor().multiply(concentrationFactor)
                            : measure.factor();
                    find(columns, measure.names())
                            .map(column -> cell(fields, column))
                            .filter(text -> !text.isEmpty())
                            .flatMap(text -> number(field + "." + measure.metric(), text))
                            .map(value -> new Reading(measure.metric(), value.multiply(factor)))
                            .ifPresent(readings::add);
                }
                dv200FromRegion(columns, fields, field).ifPresent(readings::add);
                rows.add(new FileRow(number, barcode, readings));
            }
        }

        /**
         * TapeStation and Bioanalyzer give DV200 as a smear region from 200 nt: its "% of Total" is
         * the share of fragments over 200 nt.
         */
        private Optional<Reading> dv200FromRegion(Map<String, Integer> columns, List<String> fields, String field) {
            Optional<Integer> from = find(columns, List.of("from[nt]"));
            Optional<Integer> share = find(columns, List.of("%oftotal"));
            if (from.isEmpty() || share.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> start = number(field + ".from", cell(fields, from.get()));
            if (start.isEmpty() || start.get().compareTo(DV200_FROM) != 0) {
                return Optional.empty();
            }
            return number(field + ".dv200", cell(fields, share.get())).map(value -> new Reading("dv200", value));
        }

        private Optional<Reading> qubitReading(String field, String value, String unit) {
            BigDecimal factor = unitFactor(field + ".units", unit);
            return number(field + ".concentration", value)
                    .map(number -> new Reading("concentration", number.multiply(factor)));
        }

        /** The factor from {@code unit} to ng/uL; an unknown unit is a problem (and the factor 1 meanwhile). */
        private BigDecimal unitFactor(String field, String unit) {
            BigDecimal factor = CONCENTRATION_UNITS.get(normalised(unit));
            if (factor == null) {
                problems.add(new FieldError(field, "Unknown concentration unit '" + unit + "'"));
                return BigDecimal.ONE;
            }
            return factor;
        }

        /**
         * The 2100 Expert results export: a section per sample, opened by {@code Sample Name,<name>};
         * {@code RNA Integrity Number (RIN):,7.9 (B.02.08)} gives the RIN and a region table (its
         * header has "Average Size [bp]" or "% of Total") the fragment size, molarity and DV200.
         */
        void bioanalyzer(String content) {
            List<String> lines = Csv.lines(content);
            FileRowBuilder sample = null;
            Map<String, Integer> regionColumns = null;
            int number = 0;
            for (String line : lines) {
                if (Csv.blank(line)) {
                    regionColumns = null;
                    continue;
                }
                List<String> fields = Csv.fields(line, Csv.delimiter(line));
                String key = normalised(fields.get(0));
                if (key.equals("samplename")) {
                    finish(sample);
                    number++;
                    if (number > maxRows) {
                        problems.add(
                                new FieldError("content", "The file has more than " + maxRows + " samples; split it"));
                        return;
                    }
                    String name = cell(fields, 1);
                    sample =
                            name.isEmpty() || name.equalsIgnoreCase("ladder") ? null : new FileRowBuilder(number, name);
                    regionColumns = null;
                } else if (sample != null && key.startsWith("rnaintegritynumber")) {
                    // "7.9 (B.02.08)": the RIN, then the version of the algorithm
                    rin(sample, cell(fields, 1).split("\\s+")[0]);
                } else if (sample != null && (key.equals("from[bp]") || key.equals("from[nt]"))) {
                    regionColumns = columns(fields);
                } else if (sample != null && regionColumns != null) {
                    region(sample, regionColumns, fields);
                }
            }
            finish(sample);
        }

        private void rin(FileRowBuilder sample, String text) {
            number(sample.field + ".rin", text).ifPresent(value -> sample.readings.add(new Reading("rin", value)));
        }

        /** A row of a sample's region table: fragment size, molarity, concentration, DV200. */
        private void region(FileRowBuilder sample, Map<String, Integer> columns, List<String> fields) {
            for (Measure measure : ELECTROPHORESIS) {
                find(columns, measure.names())
                        .map(column -> cell(fields, column))
                        .filter(text -> !text.isEmpty())
                        .flatMap(text -> number(sample.field + "." + measure.metric(), text))
                        .map(value -> new Reading(measure.metric(), value.multiply(measure.factor())))
                        .ifPresent(sample.readings::add);
            }
            dv200FromRegion(columns, fields, sample.field).ifPresent(sample.readings::add);
        }

        private void finish(FileRowBuilder sample) {
            if (sample != null) {
                rows.add(new FileRow(sample.number, sample.barcode, sample.readings));
            }
        }

        private Optional<BigDecimal> number(String field, String text) {
            try {
                return Optional.of(new BigDecimal(text.replace(",", "")));
            } catch (NumberFormatException e) {
                problems.add(new FieldError(field, "'" + text + "' is not a number"));
                return Optional.empty();
            }
        }
    }

    private static final class FileRowBuilder {
        final int number;
        final String barcode;
        final String field;
        final List<Reading> readings = new ArrayList<>();

        FileRowBuilder(int number, String barcode) {
            this.number = number;
            this.barcode = barcode;
            this.field = "rows[" + number + "]";
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalised(header.get(i)), i);
        }
        return columns;
    }

    private static Optional<Integer> find(Map<String, Integer> columns, List<String> names) {
        return names.stream()
                .map(columns::get)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private static String cell(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column) : "";
    }
}
