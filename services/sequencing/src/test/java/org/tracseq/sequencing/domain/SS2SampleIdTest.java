package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.sequencing.domain.SampleSheets.Request;
import org.tracseq.sequencing.domain.SampleSheets.Row;

/** SS-2: Sample_ID shape, reserved names, uniqueness per lane, and no commas anywhere. */
class SS2SampleIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"S1", "Lib_01-A", "a", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd"})
    void lettersDigitsAndSingleSeparatorsBetweenThemAreFine(String sampleId) {
        SampleIds.check(sampleId);
        assertThat(sampleId.length()).isBetween(1, SampleIds.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_S1", "S1_", "-S1", "S1-", "S1__2", "S1_-2", "S 1", "S.1", "S,1", "Sä1"})
    void separatorsNeedALetterOrDigitOnBothSides_andNothingElseIsAllowed(String sampleId) {
        Violations.refused(() -> SampleIds.check(sampleId), "SS-2", 422);
    }

    @Test
    void oneToFortyCharacters() {
        Violations.refused(() -> SampleIds.check(""), "SS-2", 422);
        Violations.refused(() -> SampleIds.check(null), "SS-2", 422);
        String message = Violations.refused(() -> SampleIds.check("A".repeat(41)), "SS-2", 422);
        assertThat(message).contains("1 to 40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "Default", "NONE", "unknown", "Undetermined", "stats", "reports"})
    void namesBclConvertKeepsAreRefusedWhateverTheirCase(String sampleId) {
        String message = Violations.refused(() -> SampleIds.check(sampleId), "SS-2", 422);
        assertThat(message).contains("keeps for itself");
    }

    @Test
    void aSampleIdIsUniqueInItsLane_butMayRecurInAnotherLane() {
        List<Row> twiceInLaneOne = List.of(
                new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null),
                new Row(1, "s1", IndexSequence.of("TTGACCGA"), null));
        String message = Violations.refused(() -> SampleSheets.generate(request(twiceInLaneOne)), "SS-2", 422);
        assertThat(message).contains("twice in lane 1");
        SampleSheets.generate(request(List.of(
                new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null),
                new Row(2, "S1", IndexSequence.of("CAAGGTCT"), null))));
    }

    @Test
    void aRowWithoutSampleIdIsRefusedLikeAnyBadOne() {
        Violations.refused(
                () -> SampleSheets.generate(request(List.of(
                        new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null),
                        new Row(1, null, IndexSequence.of("TTGACCGA"), null)))),
                "SS-2",
                422);
    }

    @Test
    void noCommaAnywhereInTheSheet() {
        Request withComma = new Request(
                Platform.NOVASEQ_X,
                null,
                "Run,42",
                ReadStructure.parse("151-8-151"),
                MismatchPolicy.DEFAULT,
                null,
                List.of(new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null)));
        String message = Violations.refused(() -> SampleSheets.generate(withComma), "SS-2", 422);
        assertThat(message).contains("RunName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Run*42", "Run[42]", "Run\t42", "Run\n42", "Lauf-\u00e4"})
    void aHeaderValueIsPrintableAsciiWithoutStarOrBrackets(String runName) {
        Request request = new Request(
                Platform.NOVASEQ_X,
                null,
                runName,
                ReadStructure.parse("151-8-151"),
                MismatchPolicy.DEFAULT,
                null,
                List.of(new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null)));
        assertThat(Violations.refused(() -> SampleSheets.generate(request), "SS-2", 422))
                .contains("RunName", "[Header]");
    }

    @Test
    void aRunNameWithSpacesDotsAndUnderscoresIsWrittenAsItIs() {
        Request request = new Request(
                Platform.NOVASEQ_X,
                null,
                "NVX_2026-12-03 run 1.2",
                ReadStructure.parse("151-8-151"),
                MismatchPolicy.DEFAULT,
                null,
                List.of(new Row(1, "S1", IndexSequence.of("CAAGGTCT"), null)));
        assertThat(SampleSheets.generate(request).content()).contains("RunName,NVX_2026-12-03 run 1.2");
    }

    private static Request request(List<Row> rows) {
        return new Request(
                Platform.NOVASEQ_X,
                null,
                "Run-42",
                ReadStructure.parse("151-8-151"),
                MismatchPolicy.DEFAULT,
                null,
                rows);
    }
}
