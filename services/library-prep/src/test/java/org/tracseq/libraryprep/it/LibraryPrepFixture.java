package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the library-prep integration tests share: requests as a technician or an administrator, the
 * seeded kits by name, samples registered in the samples service that runs on the same test server
 * (names from a unique token: the database outlives runs), and row counts for "nothing changed".
 */
final class LibraryPrepFixture {
    static final String UDI_KIT = "IDT for Illumina UD Indexes Set A";
    static final String NEXTERA_KIT = "Nextera XT Index Kit v2";
    static final String TRUSEQ_A = "TruSeq Single Indexes Set A";

    private LibraryPrepFixture() {}

    static RequestSpecification tech() {
        return TracSeqServer.requestAs(Role.LAB_TECHNICIAN);
    }

    static RequestSpecification admin() {
        return TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR);
    }

    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    static Response created(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response;
    }

    /** The current version of a kit, by name. */
    static String kitId(String name) {
        Response kits = tech().queryParam("size", 500).get("/kits");
        assertThat(kits.statusCode()).as(kits.asString()).isEqualTo(200);
        return kits.jsonPath().getString("items.find { it.name == '" + name + "' }.id");
    }

    /** The samples service on the same server, as a technician (registration needs research_scientist). */
    static RequestSpecification samples() {
        return RestAssured.given()
                .baseUri(TracSeqServer.rootUrl())
                .basePath("/samples")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.of(Role.LAB_TECHNICIAN));
    }

    /** A sample of {@code type} with its own barcode and 100 µL, validated unless {@code status} says otherwise; [id, barcode]. */
    static List<String> sample(String token, int n, String type, String status) {
        String barcode = "LP-" + token + "-" + n;
        Response response =
                samples().body("""
                {"name": "library-prep it %s %d", "type": "%s", "barcode": "%s",
                 "initialVolume": {"value": 100, "unit": "ul"}}""".formatted(token, n, type, barcode)).post("/");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        String id = response.jsonPath().getString("id");
        for (String next : statusPath(status)) {
            Response changed = samples()
                    .body(Map.of("status", next, "reason", "library-prep it"))
                    .post("/" + id + "/status");
            assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        }
        return List.of(id, barcode);
    }

    static List<String> sample(String token, int n) {
        return sample(token, n, "dna", "validated");
    }

    private static List<String> statusPath(String status) {
        return switch (status) {
            case "pending" -> List.of();
            case "validated" -> List.of("validated");
            case "rejected" -> List.of("rejected");
            default -> throw new IllegalArgumentException(status);
        };
    }

    static Response sampleInSamples(String id) {
        return samples().get("/" + id);
    }

    /** A library body from a sample id; {@code extra} adds or replaces fields. */
    static Map<String, Object> library(String sampleId, String kitId, String i7, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of(
                "sampleId",
                sampleId,
                "kitId",
                kitId,
                "protocol",
                "nextera-xt",
                "i7Name",
                i7,
                "concentrationNgPerUl",
                1.65,
                "meanFragmentBp",
                250,
                "volumeUl",
                20,
                "inputVolumeUl",
                10));
        body.putAll(extra);
        return body;
    }

    /** Rows in every table of the service, for "nothing changed" checks. */
    static List<Long> allRows() {
        return Stream.of("kits", "kit_indexes", "plates", "libraries", "normalisations", "audit_log", "outbox")
                .map(table -> TestDatabase.countRows("library_prep." + table))
                .toList();
    }

    /** How many children a sample has in the samples service. */
    static int children(String sampleId) {
        Response children = samples().get("/" + sampleId + "/aliquots");
        assertThat(children.statusCode()).as(children.asString()).isEqualTo(200);
        return children.jsonPath().getInt("total");
    }
}
