package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.UDI_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.admin;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.created;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.kitId;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.library;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sample;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.tech;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.token;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.EventContract;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Library preparation publishes through its outbox on {@code tracseq:events:library-prep}: each
 * library made and normalised, each plate, each kit imported (with its indexes, seeded kits too) and
 * superseded, once, in order, with
 * actor and request id, as {@code openapi/events.asyncapi.yaml} declares them; a refusal publishes nothing.
 */
class PublishedEventsIT {
    private static final PublishedEvents EVENTS = new PublishedEvents("library-prep");

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeEvents() {
        EVENTS.close();
    }

    @Test
    void aLibraryIsPublishedWhenMadeAndWhenNormalised() {
        String requestId = "it-" + UUID.randomUUID();
        String sampleId = sample(token(), 1).get(0);
        JsonPath library = created(tech().header("X-Request-Id", requestId)
                        .body(library(sampleId, kitId(UDI_KIT), "UDI0013", Map.of()))
                        .post("/libraries"))
                .jsonPath();
        String id = library.getString("id");
        created(tech().body(Map.of("targetMolarityNm", 4)).post("/libraries/" + id + "/normalisations"));

        List<Map<String, String>> events = EVENTS.awaitAtLeast(id, 2);
        events.forEach(EventContract::assertConforms);
        assertThat(events)
                .extracting(e -> e.get("type"))
                .containsExactly("library-prep.library.created", "library-prep.library.normalised");
        assertThat(events).extracting(e -> e.get("version")).containsExactly("1", "2");
        assertThat(events.get(0).get("requestId")).isEqualTo(requestId);
        assertThat(events.get(0).get("actor")).isNotBlank();
        JsonPath created = JsonPath.from(events.get(0).get("payload"));
        assertThat(created.getString("barcode")).isEqualTo(library.getString("barcode"));
        assertThat(created.getString("librarySampleId")).isEqualTo(library.getString("librarySampleId"));
        assertThat(created.getString("i7")).isEqualTo("CCAAGTCT");
        assertThat(created.getDouble("molarityNm")).isEqualTo(10.0);
        assertThat(created.getString("kit")).isEqualTo(UDI_KIT + " v1");
        assertThat(JsonPath.from(events.get(1).get("payload")).getDouble("molarityNm"))
                .isEqualTo(4.0);
    }

    @Test
    void aPlateIsPublishedWithItsLibraries() {
        String token = token();
        Map<String, Object> well = Map.of(
                "well", "A01",
                "sampleId", sample(token, 1).get(0),
                "concentrationNgPerUl", 2,
                "meanFragmentBp", 450,
                "volumeUl", 20,
                "inputVolumeUl", 5);
        JsonPath plate = created(tech().body(Map.of(
                                "name",
                                "IT plate " + token,
                                "format",
                                96,
                                "kitId",
                                kitId(UDI_KIT),
                                "protocol",
                                "truseq-dna-nano",
                                "wells",
                                List.of(well)))
                        .post("/plates"))
                .jsonPath();
        List<Map<String, String>> events = EVENTS.awaitAtLeast(plate.getString("id"), 1);
        events.forEach(EventContract::assertConforms);
        assertThat(events.get(0).get("type")).isEqualTo("library-prep.plate.created");
        assertThat(JsonPath.from(events.get(0).get("payload")).getList("libraryIds"))
                .containsExactly(plate.getString("libraries[0].id"));
        List<Map<String, String>> library = EVENTS.awaitAtLeast(plate.getString("libraries[0].id"), 1);
        assertThat(JsonPath.from(library.get(0).get("payload")).getString("well"))
                .isEqualTo("A01");
        assertThat(JsonPath.from(library.get(0).get("payload")).getString("plateId"))
                .isEqualTo(plate.getString("id"));
    }

    @Test
    void kitsArePublishedWhenImportedAndSuperseded() {
        String name = "IT events kit " + token();
        String csv = "[Kit]\nname," + name + "\nindexing,unique_dual\nlayout,column_wise\nsource,test\n"
                + "[Indexes]\nread,name,sequence\ni7,P1,ACGTACGT\ni5,P1,TTGCAACG\ni7,P2,GATCGATC\ni5,P2,CCATGGTA\n";
        String kitId = created(admin().body(Map.of("csv", csv)).post("/kits"))
                .jsonPath()
                .getString("id");
        String next = created(admin().body(Map.of("csv", csv)).post("/kits/" + kitId + "/supersede"))
                .jsonPath()
                .getString("id");
        List<Map<String, String>> old = EVENTS.awaitAtLeast(kitId, 2);
        old.forEach(EventContract::assertConforms);
        assertThat(old)
                .extracting(e -> e.get("type"))
                .containsExactly("library-prep.kit.imported", "library-prep.kit.superseded");
        JsonPath imported = JsonPath.from(old.get(0).get("payload"));
        assertThat(imported.getString("indexing")).isEqualTo("unique_dual");
        assertThat(imported.getList("indexes.read")).containsExactly("i7", "i5", "i7", "i5");
        assertThat(imported.getList("indexes.name")).containsExactly("P1", "P1", "P2", "P2");
        assertThat(imported.getList("indexes.sequence"))
                .as("i5 forward, as the file gives it (LB-4)")
                .containsExactly("ACGTACGT", "TTGCAACG", "GATCGATC", "CCATGGTA");
        assertThat(JsonPath.from(old.get(1).get("payload")).getString("supersededBy"))
                .isEqualTo(next);
        assertThat(EVENTS.awaitAtLeast(next, 1).get(0).get("type")).isEqualTo("library-prep.kit.imported");
    }

    @Test
    void aShippedKitIsPublishedWithItsIndexesWhenSeeded() {
        Map<String, String> seeded = EVENTS.awaitAtLeast(kitId(UDI_KIT), 1).get(0);
        assertThat(seeded.get("type")).isEqualTo("library-prep.kit.imported");
        assertThat(seeded.get("actor")).isEqualTo("library-prep");
        JsonPath kit = JsonPath.from(seeded.get("payload"));
        assertThat(kit.getList("indexes")).as("UDI0001-UDI0088, i7 and i5").hasSize(176);
        assertThat(kit.getList("indexes[0..1].sequence")).containsExactly("CCGCGGTT", "AGCGCTAG");
    }

    @Test
    void aRefusedLibraryPublishesNothing() {
        String sampleId = sample(token(), 1, "dna", "pending").get(0);
        long before = TestDatabase.countRows("library_prep.outbox");
        assertThat(tech().body(library(sampleId, kitId(UDI_KIT), "UDI0001", Map.of()))
                        .post("/libraries")
                        .statusCode())
                .isEqualTo(409);
        assertThat(TestDatabase.countRows("library_prep.outbox")).isEqualTo(before);
    }
}
