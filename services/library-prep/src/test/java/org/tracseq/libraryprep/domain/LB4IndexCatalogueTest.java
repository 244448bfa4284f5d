package org.tracseq.libraryprep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;

/**
 * LB-4: kits of named indexes, a name once per read, sequences of A C G T only, i5 forward, UDI pairs
 * matched by name; a kit file refused with every problem by line; indexes by well on a plate.
 */
class LB4IndexCatalogueTest {
    private static final String UDI_HEADER = """
            [Kit]
            name,Test UDI
            indexing,unique_dual
            adapter,TruSeq
            layout,%s
            source,test
            [Indexes]
            read,name,sequence
            """;

    private static KitDefinition udi(String layout, int pairs) {
        StringBuilder csv = new StringBuilder(UDI_HEADER.formatted(layout));
        for (int i = 1; i <= pairs; i++) {
            csv.append("i7,P").append(i).append(',').append(sequence(i, "AC")).append('\n');
            csv.append("i5,P").append(i).append(',').append(sequence(i, "GT")).append('\n');
        }
        return KitFile.parse(csv.toString());
    }

    /** A distinct 10-base sequence per number (its base-2 digits over two letters). */
    private static String sequence(int n, String letters) {
        StringBuilder s = new StringBuilder();
        for (int bit = 9; bit >= 0; bit--) {
            s.append(letters.charAt((n >> bit) & 1));
        }
        return s.toString();
    }

    private static List<FieldError> refusal(String csv) {
        try {
            KitFile.parse(csv);
        } catch (RuleViolation violation) {
            assertThat(violation.rule()).isEqualTo("LB-4");
            assertThat(violation.status()).isEqualTo(422);
            return violation.errors();
        }
        throw new AssertionError("The kit file was accepted");
    }

    @Test
    void aKitFileReadsBackAsItWasWritten() {
        KitDefinition kit = udi("column_wise", 3);
        assertThat(KitFile.parse(KitFile.write(kit))).isEqualTo(kit);
        assertThat(kit.length(IndexRead.I7)).hasValue(10);
        assertThat(kit.of(IndexRead.I5)).extracting(IndexEntry::name).containsExactly("P1", "P2", "P3");
    }

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        KitDefinition kit =
                KitFile.parse(UDI_HEADER.formatted("row_wise").replace("source,test", "source,\"a, \"\"b\"\"\"")
                        + "i7,P1,ACGTACGT\ni5,P1,TTGGCCAA\n");
        assertThat(kit.source()).isEqualTo("a, \"b\"");
        assertThat(KitFile.parse(KitFile.write(kit)).source()).isEqualTo("a, \"b\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACGN", "acgtacgt", "ACG", "ACGTACGTACGTACGTACGTACGTA", "ACGT-ACG", "ACGU"})
    void onlyFourToTwentyFourUpperCaseAcgtAreASequence(String sequence) {
        List<FieldError> errors =
                refusal(UDI_HEADER.formatted("column_wise") + "i7,P1," + sequence + "\ni5,P1,ACGTACGT\n");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("csv line 9");
            assertThat(error.message()).contains("'" + sequence + "' is not an index sequence");
        });
    }

    @Test
    void aNameIsUniqueWithinItsKitAndReadAndASequenceIsNotRepeated() {
        List<FieldError> errors = refusal(UDI_HEADER.formatted("column_wise")
                + "i7,P1,ACGTACGT\ni5,P1,TTGGCCAA\ni7,P1,CCCCAAAA\ni7,P2,ACGTACGT\ni5,P2,GGGGTTTT\n");
        assertThat(errors)
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "csv line 11", "i7 P1 is named twice; a name is unique within its kit and read"),
                        org.assertj.core.groups.Tuple.tuple(
                                "csv line 12", "i7 P2 has the sequence of i7 P1; they could not be told apart"));
    }

    @Test
    void uniqueDualPairsAreMatchedByName() {
        List<FieldError> errors = refusal(UDI_HEADER.formatted("column_wise") + "i7,P1,ACGTACGT\ni5,Q1,TTGGCCAA\n");
        assertThat(errors)
                .extracting(FieldError::message)
                .containsExactly(
                        "i7 P1 has no i5 of the same name; a unique dual kit pairs its indexes by name",
                        "i5 Q1 has no i7 of the same name; a unique dual kit pairs its indexes by name");
    }

    @Test
    void everyProblemOfAFileIsListedAtOnce() {
        List<FieldError> errors = refusal("""
                [Kit]
                name,Broken
                indexing,quadruple
                layout,diagonal
                [Indexes]
                read,name,sequence
                i9,X,ACGT
                i7,A,ACGTT,extra
                i7,"B,ACGTACGT
                """);
        assertThat(errors)
                .extracting(FieldError::message)
                .contains(
                        "the read is i7 or i5, not 'i9'",
                        "an index line is 'read,name,sequence'",
                        "a quoted field is not closed",
                        "indexing is one of single, combinatorial, unique_dual, not 'quadruple'",
                        "layout is one of column_wise, row_wise, not 'diagonal'",
                        "the kit needs its source: where its sequences were published",
                        "the kit has no i7 index");
    }

    @Test
    void aSingleIndexKitHasNoI5() {
        assertThat(refusal(
                        "[Kit]\nname,S\nindexing,single\nlayout,column_wise\nsource,x\n[Indexes]\nread,name,sequence\n"
                                + "i7,A001,ATCACG\ni5,B,ACGTAC\n"))
                .extracting(FieldError::message)
                .containsExactly("a single-index kit has no i5 indexes; say combinatorial or unique_dual");
    }

    @Test
    void aLibraryTakesTheKitsIndexesByName() {
        KitDefinition kit = udi("column_wise", 4);
        IndexPair pair = IndexChoice.choose(kit, "P2", null);
        assertThat(pair.i7().sequence()).isEqualTo(sequence(2, "AC"));
        assertThat(pair.i5().sequence()).isEqualTo(sequence(2, "GT"));
        assertThat(IndexChoice.choose(kit, "P2", "P2")).isEqualTo(pair);
        assertThatThrownBy(() -> IndexChoice.choose(kit, "P2", "P3")).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("LB-4");
            assertThat(v.getMessage()).contains("matched by name");
        });
        assertThatThrownBy(() -> IndexChoice.choose(kit, "P9", null)).hasMessageContaining("has no i7 index 'P9'");
    }

    @Test
    void aCombinatorialKitTakesAnyI5OrNone() throws IOException {
        KitDefinition nextera = KitFile.parse(shipped("nextera-xt-v2.csv"));
        assertThat(IndexChoice.choose(nextera, "N701", "S517").i5().sequence()).isEqualTo("GCGTAAGA");
        assertThat(IndexChoice.choose(nextera, "N701", null).i5()).isNull();
        assertThatThrownBy(() -> IndexChoice.choose(nextera, "N701", "S999"))
                .hasMessageContaining("no i5 index 'S999'");
    }

    @ParameterizedTest
    @CsvSource({
        // layout, well, pair: column-wise A01, B01 .. H01, A02; row-wise A01, A02 .. A12, B01
        "column_wise, A01, P1", "column_wise, B01, P2", "column_wise, H01, P8", "column_wise, A02, P9",
        "column_wise, H12, P96", "row_wise, A01, P1", "row_wise, A02, P2", "row_wise, A12, P12",
        "row_wise, B01, P13", "row_wise, H12, P96"
    })
    void aWellTakesThePairAtItsPlaceInTheKitsLayout(String layout, String well, String pair) {
        KitDefinition kit = udi(layout, 96);
        assertThat(PlateIndexing.pairFor(kit, PlateFormat.WELLS_96, Well.parse(well))
                        .i7()
                        .name())
                .isEqualTo(pair);
    }

    @Test
    void onA384WellPlateTheColumnsAreSixteenDeep() {
        KitDefinition kit = udi("column_wise", 384);
        assertThat(PlateIndexing.pairFor(kit, PlateFormat.WELLS_384, Well.parse("P01"))
                        .i7()
                        .name())
                .isEqualTo("P16");
        assertThat(PlateIndexing.pairFor(kit, PlateFormat.WELLS_384, Well.parse("A02"))
                        .i7()
                        .name())
                .isEqualTo("P17");
        assertThat(PlateFormat.WELLS_96.holds(Well.parse("I01"))).isFalse();
        assertThat(PlateFormat.WELLS_384.holds(Well.parse("P24"))).isTrue();
    }

    @Test
    void aWellPastTheKitsPairsOrAKitWithoutPairsNeedsItsIndexesNamed() throws IOException {
        KitDefinition kit = udi("column_wise", 8);
        assertThatThrownBy(() -> PlateIndexing.pairFor(kit, PlateFormat.WELLS_96, Well.parse("A02")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("LB-4");
                    assertThat(v.getMessage()).contains("has 8 pairs; well A02 would take pair 9");
                });
        KitDefinition nextera = KitFile.parse(shipped("nextera-xt-v2.csv"));
        assertThatThrownBy(() -> PlateIndexing.pairFor(nextera, PlateFormat.WELLS_96, Well.parse("A01")))
                .hasMessageContaining("is not a unique dual index kit");
    }

    @Test
    void theShippedKitsAreValidWithTheirPublishedSequences() throws IOException {
        KitDefinition udi = KitFile.parse(shipped("idt-ud-indexes-set-a.csv"));
        assertThat(udi.indexing()).isEqualTo(Indexing.UNIQUE_DUAL);
        assertThat(udi.layout()).isEqualTo(PlateLayout.COLUMN_WISE);
        assertThat(udi.of(IndexRead.I7)).hasSize(88);
        assertThat(IndexChoice.choose(udi, "UDI0001", null))
                .extracting(p -> p.i7().sequence(), p -> p.i5().sequence())
                .containsExactly("CCGCGGTT", "AGCGCTAG");
        assertThat(IndexChoice.choose(udi, "UDI0048", null).i7().sequence()).isEqualTo("ACCTTGGC");
        assertThat(IndexChoice.choose(udi, "UDI0088", null).i5().sequence()).isEqualTo("TCGAATGG");
        assertThat(PlateIndexing.pairFor(udi, PlateFormat.WELLS_96, Well.parse("B01"))
                        .i7()
                        .name())
                .isEqualTo("UDI0002");

        KitDefinition nextera = KitFile.parse(shipped("nextera-xt-v2.csv"));
        assertThat(nextera.of(IndexRead.I7)).hasSize(24);
        assertThat(nextera.of(IndexRead.I5)).hasSize(16);
        assertThat(nextera.find(IndexRead.I7, "N701").orElseThrow().sequence()).isEqualTo("TAAGGCGA");

        KitDefinition setA = KitFile.parse(shipped("truseq-single-indexes-set-a.csv"));
        KitDefinition setB = KitFile.parse(shipped("truseq-single-indexes-set-b.csv"));
        assertThat(setA.of(IndexRead.I7)).hasSize(12);
        assertThat(setB.of(IndexRead.I7)).hasSize(12);
        assertThat(setB.find(IndexRead.I7, "A001").orElseThrow().sequence()).isEqualTo("ATCACG");
        assertThat(setA.find(IndexRead.I7, "A002").orElseThrow().sequence()).isEqualTo("CGATGT");
        assertThat(setA.length(IndexRead.I7)).hasValue(6);
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = LB4IndexCatalogueTest.class.getClassLoader().getResourceAsStream("kits/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
