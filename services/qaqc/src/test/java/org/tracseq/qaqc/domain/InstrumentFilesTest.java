package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.FieldError;

/** The shipped example exports read as the instruments mean them, and broken rows are reported by row. */
class InstrumentFilesTest {
    static String example(String name) {
        try (InputStream in = InstrumentFilesTest.class.getResourceAsStream("/instrument-files/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedFile read(InstrumentFormat format, String content) {
        return InstrumentFiles.read(format, content, 2000);
    }

    @Test
    void qubitGivesTheOriginalSampleConcentrationInNgPerUl() {
        ParsedFile file = read(InstrumentFormat.QUBIT, example("qubit4.csv"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows())
                .extracting(FileRow::barcode)
                .containsExactly("QC-DNA-0001", "QC-DNA-0002", "QC-LIB-0001");
        assertThat(file.rows().get(0).readings()).containsExactly(new Reading("concentration", new BigDecimal("248")));
        assertThat(file.rows().get(2).readings()).containsExactly(new Reading("concentration", new BigDecimal("18.3")));
    }

    @Test
    void qubitConvertsOtherUnitsAndReportsUnreadableValues() {
        String content = """
                Run ID,Assay Name,Test Name,Original sample conc.,Original sample conc. units
                r1,dsDNA HS,A,250,ng/mL
                r1,dsDNA HS,B,Too Low,ng/µL
                r1,dsDNA HS,C,3,furlongs
                """;
        ParsedFile file = read(InstrumentFormat.QUBIT, content);
        assertThat(file.rows().get(0).readings().get(0).value()).isEqualByComparingTo("0.25");
        assertThat(file.problems())
                .containsExactly(
                        new FieldError("rows[2].concentration", "'Too Low' is not a number"),
                        new FieldError("rows[3].units", "Unknown concentration unit 'furlongs'"));
    }

    @Test
    void nanoDropGivesConcentrationAndBothPurityRatios() {
        ParsedFile file = read(InstrumentFormat.NANODROP, example("nanodrop-one.tsv"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows().get(0).readings())
                .containsExactly(
                        new Reading("concentration", new BigDecimal("251.6")),
                        new Reading("a260_280", new BigDecimal("1.86")),
                        new Reading("a260_230", new BigDecimal("2.12")));
    }

    @Test
    void tapeStationGivesRineFromTheSampleTableAndDv200FromThe200NtRegion() {
        ParsedFile samples = read(InstrumentFormat.TAPESTATION, example("tapestation-compactSampleTable.csv"));
        assertThat(samples.problems()).isEmpty();
        assertThat(samples.rows()).extracting(FileRow::barcode).containsExactly("QC-RNA-0001", "QC-RNA-0002");
        assertThat(samples.rows().get(1).readings())
                .contains(
                        new Reading("rin", new BigDecimal("5.0")),
                        new Reading("concentration", new BigDecimal("64.5")));
        assertThat(samples.rows().get(1).number()).isEqualTo(3);

        ParsedFile regions = read(InstrumentFormat.TAPESTATION, example("tapestation-compactRegionTable.csv"));
        assertThat(regions.problems()).isEmpty();
        assertThat(regions.rows().get(0).readings()).contains(new Reading("dv200", new BigDecimal("87.65")));
        assertThat(regions.rows().get(1).readings()).contains(new Reading("dv200", new BigDecimal("41.20")));
    }

    @Test
    void bioanalyzerGivesEachSamplesRinAndItsRegions() {
        ParsedFile file = read(InstrumentFormat.BIOANALYZER, example("bioanalyzer-rna-nano.csv"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(FileRow::barcode).containsExactly("QC-RNA-0001", "QC-RNA-0002");
        assertThat(file.rows().get(0).readings()).containsExactly(new Reading("rin", new BigDecimal("8.9")));
        List<Reading> ffpe = file.rows().get(1).readings();
        assertThat(ffpe)
                .contains(new Reading("rin", new BigDecimal("2.4")), new Reading("dv200", new BigDecimal("63.20")));
        assertThat(ffpe).anySatisfy(reading -> {
            assertThat(reading.metric()).isEqualTo("molarity");
            assertThat(reading.value()).isEqualByComparingTo("62.5002");
        });
    }

    @Test
    void aFileWithoutItsSampleColumnOrRowsIsRefusedWhole() {
        assertThat(read(InstrumentFormat.NANODROP, "A260/A280,A260/A230\n1.9,2.0\n")
                        .problems())
                .singleElement()
                .extracting(FieldError::field)
                .isEqualTo("content");
        assertThat(read(InstrumentFormat.QUBIT, "\n\n").problems())
                .containsExactly(new FieldError("content", "The file has no data rows"));
    }

    @Test
    void moreRowsThanAllowedIsOneProblem() {
        String content = "Sample Name,260/280\nA,1.9\nB,1.9\nC,1.9\n";
        assertThat(InstrumentFiles.read(InstrumentFormat.NANODROP, content, 2).problems())
                .containsExactly(new FieldError("content", "The file has more than 2 data rows; split it"));
    }

    @Test
    void quotedFieldsAndAByteOrderMarkAreRead() {
        String content = "\uFEFF\"Sample Name\",\"260/280\"\n\"TS-1, tube \"\"a\"\"\",\"1.90\"\n";
        ParsedFile file = read(InstrumentFormat.NANODROP, content);
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows().get(0).barcode()).isEqualTo("TS-1, tube \"a\"");
    }
}
