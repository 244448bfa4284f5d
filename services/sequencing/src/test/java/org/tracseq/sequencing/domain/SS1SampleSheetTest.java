package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.SampleSheets.Request;
import org.tracseq.sequencing.domain.SampleSheets.Row;
import org.tracseq.sequencing.domain.SampleSheets.Sheet;

/**
 * SS-1: v2 sheets as BCL Convert reads them (NovaSeq X, i5 forward) and v1 sheets (NextSeq 500, i5
 * reverse-complemented), OverrideCycles adding up to the run's cycles.
 */
class SS1SampleSheetTest {
    private static final ReadStructure PAIRED_10 = ReadStructure.parse("151-10-10-151");

    @Test
    void aNovaSeqXSheetIsV2WithI5Forward() {
        Sheet sheet = SampleSheets.generate(request(
                Platform.NOVASEQ_X,
                null,
                PAIRED_10,
                List.of(
                        new Row(1, "S1", index("CAAGGTCTGA"), index("ATCGTACCGG")),
                        new Row(2, "S2", index("TTGACCGAAT"), index("GGATCCTAGC")))));
        assertThat(sheet.version()).isEqualTo(SampleSheetVersion.V2);
        Map<String, List<String>> sections = sections(sheet.content());
        assertThat(sections.keySet())
                .containsExactly("[Header]", "[Reads]", "[BCLConvert_Settings]", "[BCLConvert_Data]");
        assertThat(sections.get("[Header]"))
                .startsWith("FileFormatVersion,2")
                .contains("RunName,Run-42", "InstrumentPlatform,NovaSeqXSeries", "IndexOrientation,Forward");
        assertThat(sections.get("[Reads]"))
                .containsExactly("Read1Cycles,151", "Read2Cycles,151", "Index1Cycles,10", "Index2Cycles,10");
        assertThat(sections.get("[BCLConvert_Settings]"))
                .containsExactly(
                        "BarcodeMismatchesIndex1,1", "BarcodeMismatchesIndex2,1", "OverrideCycles,Y151;I10;I10;Y151");
        assertThat(sections.get("[BCLConvert_Data]"))
                .containsExactly(
                        "Lane,Sample_ID,Index,Index2", "1,S1,CAAGGTCTGA,ATCGTACCGG", "2,S2,TTGACCGAAT,GGATCCTAGC");
        assertThat(OverrideCycles.cycles("Y151;I10;I10;Y151")).isEqualTo(PAIRED_10.totalCycles());
    }

    @Test
    void aNextSeq500SheetIsV1WithI5ReverseComplemented() {
        Sheet sheet = SampleSheets.generate(request(
                Platform.NEXTSEQ_500_550,
                null,
                PAIRED_10,
                List.of(
                        new Row(1, "S1", index("CAAGGTCT"), index("AACCGGTA")),
                        new Row(1, "S2", index("TTGACCGA"), index("GGATCCTA")))));
        assertThat(sheet.version()).isEqualTo(SampleSheetVersion.V1);
        Map<String, List<String>> sections = sections(sheet.content());
        assertThat(sections.keySet()).containsExactly("[Header]", "[Reads]", "[Settings]", "[Data]");
        assertThat(sections.get("[Header]")).startsWith("IEMFileVersion,5").contains("Workflow,GenerateFASTQ");
        assertThat(sections.get("[Reads]")).containsExactly("151", "151");
        assertThat(sections.get("[Settings]")).contains("OverrideCycles,Y151;I8N2;I8N2;Y151");
        assertThat(sections.get("[Data]"))
                .containsExactly("Sample_ID,index,index2", "S1,CAAGGTCT,TACCGGTT", "S2,TTGACCGA,TAGGATCC");
        assertThat(OverrideCycles.cycles("Y151;I8N2;I8N2;Y151")).isEqualTo(PAIRED_10.totalCycles());
    }

    @Test
    void aNextSeq500CanHaveAV2Sheet_withI5AsItReadsIt() {
        Sheet sheet = SampleSheets.generate(request(
                Platform.NEXTSEQ_500_550,
                SampleSheetVersion.V2,
                PAIRED_10,
                List.of(new Row(1, "S1", index("CAAGGTCT"), index("AACCGGTA")))));
        Map<String, List<String>> sections = sections(sheet.content());
        assertThat(sections.get("[Header]")).noneMatch(line -> line.startsWith("InstrumentPlatform"));
        assertThat(sections.get("[BCLConvert_Data]"))
                .as("four lanes imaged as one pool: no Lane column")
                .containsExactly("Sample_ID,Index,Index2", "S1,CAAGGTCT,TACCGGTT");
    }

    @Test
    void overrideCyclesSkipTheCyclesAnIndexDoesNotFill() {
        assertThat(OverrideCycles.of(PAIRED_10, 8, 8)).isEqualTo("Y151;I8N2;I8N2;Y151");
        assertThat(OverrideCycles.of(PAIRED_10, 10, 0)).isEqualTo("Y151;I10;N10;Y151");
        assertThat(OverrideCycles.of(ReadStructure.parse("151-8"), 6, 0)).isEqualTo("Y151;I6N2");
        for (String mask : List.of("Y151;I8N2;I8N2;Y151", "Y151;I10;N10;Y151")) {
            assertThat(OverrideCycles.cycles(mask)).isEqualTo(322);
        }
    }

    @Test
    void librariesNeedingDifferentOverrideCyclesEachCarryTheirOwnInAV2Sheet() {
        Sheet sheet = SampleSheets.generate(request(
                Platform.NOVASEQ_X,
                null,
                PAIRED_10,
                List.of(
                        new Row(1, "Ten", index("CAAGGTCTGA"), index("ATCGTACCGG")),
                        new Row(1, "Eight", index("TTGACCGA"), index("GGATCCTA")),
                        new Row(1, "Single", index("GCTTAGCA"), null))));
        Map<String, List<String>> sections = sections(sheet.content());
        assertThat(sections.get("[BCLConvert_Settings]")).noneMatch(line -> line.startsWith("OverrideCycles"));
        assertThat(sections.get("[BCLConvert_Data]"))
                .containsExactly(
                        "Lane,Sample_ID,Index,Index2,OverrideCycles",
                        "1,Eight,TTGACCGA,GGATCCTA,Y151;I8N2;I8N2;Y151",
                        "1,Single,GCTTAGCA,,Y151;I8N2;N10;Y151",
                        "1,Ten,CAAGGTCTGA,ATCGTACCGG,Y151;I10;I10;Y151");
        sections.get("[BCLConvert_Data]").stream()
                .skip(1)
                .forEach(row -> assertThat(OverrideCycles.cycles(row.substring(row.lastIndexOf(',') + 1)))
                        .isEqualTo(322));
    }

    @Test
    void aV1SheetCannotMixIndexLengths() {
        String message = Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NEXTSEQ_500_550,
                        null,
                        PAIRED_10,
                        List.of(
                                new Row(1, "A", index("CAAGGTCTGA"), index("ATCGTACCGG")),
                                new Row(1, "B", index("TTGACCGA"), index("GGATCCTA"))))),
                "SS-1",
                422);
        assertThat(message).contains("ask for a v2 sheet");
    }

    @Test
    void aNovaSeqXTakesNoV1Sheet() {
        String message = Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NOVASEQ_X,
                        SampleSheetVersion.V1,
                        PAIRED_10,
                        List.of(new Row(1, "A", index("CAAGGTCT"), null)))),
                "SS-1",
                422);
        assertThat(message).contains("NovaSeq X").contains("V2");
    }

    @Test
    void anIndexLongerThanItsReadIsRefused() {
        String message = Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NOVASEQ_X,
                        null,
                        ReadStructure.parse("151-8-8-151"),
                        List.of(new Row(1, "A", index("CAAGGTCTGA"), null)))),
                "SS-1",
                422);
        assertThat(message).contains("10 bases").contains("8 cycles of Index 1");
        Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NOVASEQ_X,
                        null,
                        ReadStructure.parse("151-8-151"),
                        List.of(new Row(1, "A", index("CAAGGTCT"), index("ACGTACGT"))))),
                "SS-1",
                422);
    }

    @Test
    void aNextSeq500PoolGoesInLaneOne_aNovaSeqXLaneMustExist() {
        Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NEXTSEQ_500_550, null, PAIRED_10, List.of(new Row(2, "A", index("CAAGGTCT"), null)))),
                "SQ-PLATFORMS",
                422);
        Violations.refused(
                () -> SampleSheets.generate(request(
                        Platform.NOVASEQ_X, null, PAIRED_10, List.of(new Row(9, "A", index("CAAGGTCT"), null)))),
                "SQ-PLATFORMS",
                422);
    }

    @Test
    void theMismatchesAllowedGoToBclConvert() {
        Request request = new Request(
                Platform.NOVASEQ_X,
                null,
                "Run-7",
                PAIRED_10,
                new MismatchPolicy(0, 2),
                "4.2.7",
                List.of(new Row(1, "A", index("CAAGGTCTGA"), index("ATCGTACCGG"))));
        assertThat(sections(SampleSheets.generate(request).content()).get("[BCLConvert_Settings]"))
                .containsExactly(
                        "SoftwareVersion,4.2.7",
                        "BarcodeMismatchesIndex1,0",
                        "BarcodeMismatchesIndex2,2",
                        "OverrideCycles,Y151;I10;I10;Y151");
    }

    @Test
    void anUnindexedRunHasNoIndexColumns() {
        Request request = new Request(
                Platform.MISEQ,
                null,
                "Run-7",
                ReadStructure.parse("301-0-301"),
                MismatchPolicy.DEFAULT,
                null,
                List.of(new Row(1, "Solo", null, null)));
        Map<String, List<String>> sections =
                sections(SampleSheets.generate(request).content());
        assertThat(sections.get("[Reads]")).containsExactly("301", "301");
        assertThat(sections.get("[Settings]")).containsExactly("OverrideCycles,Y301;Y301");
        assertThat(sections.get("[Data]")).containsExactly("Sample_ID", "Solo");
    }

    @Test
    void anEmptySheetIsRefused() {
        Violations.refused(
                () -> SampleSheets.generate(request(Platform.NOVASEQ_X, null, PAIRED_10, List.of())), "SS-1", 422);
    }

    static Request request(Platform platform, SampleSheetVersion version, ReadStructure reads, List<Row> rows) {
        return new Request(platform, version, "Run-42", reads, MismatchPolicy.DEFAULT, null, rows);
    }

    static IndexSequence index(String bases) {
        return IndexSequence.of(bases);
    }

    /** The sheet's sections in order, each with its non-empty lines. */
    static Map<String, List<String>> sections(String content) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : content.split("\n")) {
            if (line.startsWith("[")) {
                current = new ArrayList<>();
                sections.put(line, current);
            } else if (!line.isEmpty()) {
                current.add(line);
            }
        }
        return sections;
    }
}
