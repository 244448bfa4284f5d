package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;

import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/** Finding samples: filters, text search, creation range, paging, sorting, and the CSV export. */
class SampleQueryIT {
    private static final String TOKEN = SamplesFixture.token();
    private static OffsetDateTime before;
    private static String deletedId;

    @BeforeAll
    static void registerSamples() {
        TracSeqServer.awaitReady();
        before = OffsetDateTime.parse(SamplesFixture.create("it-" + TOKEN + "-alpha", barcode(TOKEN, 1), "10")
                .jsonPath()
                .getString("createdAt"));
        SamplesFixture.create("it-" + TOKEN + "-beta", barcode(TOKEN, 2), "20");
        api().body("""
                {"name": "it-%s-gamma, \\"quoted\\"", "type": "rna", "barcode": "%s",
                 "description": "=cmd|' /C calc'!A0"}""".formatted(TOKEN, barcode(TOKEN, 3))).post("/");
        api().body("{\"status\": \"validated\"}")
                .post("/" + SamplesFixture.createId("it-" + TOKEN + "-delta", barcode(TOKEN, 4), "40") + "/status");
        deletedId = SamplesFixture.createId("it-" + TOKEN + "-deleted", barcode(TOKEN, 5), "50");
        api().delete("/" + deletedId);
    }

    private static Response list(String query) {
        Response response = api().get("/?q=" + TOKEN + query);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    @Test
    void textSearchMatchesNameOrBarcodeCaseInsensitivelyAndLeavesDeletedOut() {
        Response all = list("");
        assertThat(all.jsonPath().getLong("total")).isEqualTo(4);
        assertThat(all.jsonPath().getList("items.id")).doesNotContain(deletedId);
        assertThat(api().get("/?q=" + barcode(TOKEN, 2).toLowerCase())
                        .jsonPath()
                        .getList("items.barcode"))
                .containsExactly(barcode(TOKEN, 2));
        assertThat(api().queryParam("q", "%" + TOKEN).get("/").jsonPath().getLong("total"))
                .as("% is matched literally")
                .isZero();
    }

    @Test
    void parametersBeyondTheContractsLimitsAreRefusedByTheirWireNames() {
        Response paging = api().get("/?page=-1&size=501&q=" + "x".repeat(201));
        assertProblem(paging, 400);
        assertThat(paging.jsonPath().getList("errors.field")).containsExactly("page", "q", "size");
        assertThat(paging.jsonPath().getList("errors.message"))
                .containsExactly("must be at least 0", "must be at most 200 characters", "must be at most 500");

        Response key = api().header("Idempotency-Key", "k".repeat(201))
                .body("{\"name\": \"it-%s-keyed\", \"type\": \"dna\"}".formatted(TOKEN))
                .post("/");
        assertProblem(key, 400);
        assertThat(key.jsonPath().getList("errors.field")).containsExactly("Idempotency-Key");
        assertThat(list("").jsonPath().getLong("total"))
                .as("nothing registered")
                .isEqualTo(4);
    }

    @Test
    void statusAndTypeFiltersCombine() {
        assertThat(list("&status=validated").jsonPath().getList("items.barcode"))
                .containsExactly(barcode(TOKEN, 4));
        assertThat(list("&type=rna").jsonPath().getList("items.barcode")).containsExactly(barcode(TOKEN, 3));
        assertThat(list("&type=rna&type=dna&status=pending").jsonPath().getLong("total"))
                .isEqualTo(3);
        assertThat(list("&status=deleted").jsonPath().getList("items.id")).containsExactly(deletedId);
    }

    @Test
    void manySamplesAreReadInOneCallByTheirIdsOrExactBarcodes() {
        String alpha = list("").jsonPath().getString("items.find { it.name.endsWith('-alpha') }.id");
        Response byId = api().queryParam("id", alpha, deletedId, java.util.UUID.randomUUID())
                .queryParam("status", "pending", "deleted")
                .get("/");
        assertThat(byId.jsonPath().getList("items.id")).containsExactlyInAnyOrder(alpha, deletedId);

        Response byBarcode = api().queryParam("barcode", barcode(TOKEN, 2), barcode(TOKEN, 3), "NOT-A-SAMPLE-1")
                .get("/");
        assertThat(byBarcode.jsonPath().getList("items.barcode"))
                .as("exact matches only, unknown ones left out (SM-3)")
                .containsExactlyInAnyOrder(barcode(TOKEN, 2), barcode(TOKEN, 3));
        assertThat(api().queryParam("barcode", barcode(TOKEN, 2).substring(0, 10))
                        .get("/")
                        .jsonPath()
                        .getList("items"))
                .as("a prefix is not a barcode")
                .isEmpty();

        Response tooMany = api().queryParam(
                        "barcode",
                        java.util.stream.IntStream.range(0, 101)
                                .mapToObj(i -> "B" + i)
                                .toArray())
                .get("/");
        assertProblem(tooMany, 400);
        assertThat(tooMany.jsonPath().getList("errors.field")).containsExactly("barcode");
    }

    @Test
    void pagesAndSortingWalkTheWholeListOnce() {
        Response first = list("&sort=name,asc&size=2&page=0");
        Response second = list("&sort=name,asc&size=2&page=1");
        assertThat(first.jsonPath().getInt("size")).isEqualTo(2);
        assertThat(first.jsonPath().getLong("total")).isEqualTo(4);
        List<String> names = new java.util.ArrayList<>(first.jsonPath().getList("items.name"));
        names.addAll(second.jsonPath().getList("items.name"));
        assertThat(names).isSorted().hasSize(4);
        assertThat(list("&sort=createdAt,desc").jsonPath().getString("items[0].barcode"))
                .isEqualTo(barcode(TOKEN, 4));
    }

    @Test
    void theCreationRangeIsInclusiveFromAndExclusiveTo() {
        assertThat(list("&createdFrom=" + before).jsonPath().getLong("total")).isEqualTo(4);
        assertThat(list("&createdTo=" + before).jsonPath().getLong("total")).isZero();
        assertThat(list("&createdFrom=" + before.plusHours(1)).jsonPath().getLong("total"))
                .isZero();
    }

    @Test
    void badQueryParametersAreProblems() {
        assertProblem(api().get("/?sort=colour"), 400);
        assertProblem(api().get("/?sort=name,sideways"), 400);
        assertProblem(api().get("/?size=0"), 400);
        assertProblem(api().get("/?size=501"), 400);
        assertProblem(api().get("/?status=lost"), 400);
        assertProblem(api().get("/?createdFrom=yesterday"), 400);
        assertProblem(api().get("/?createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z"), 400);
    }

    @Test
    void theCsvExportHasAHeaderRowAndQuotesAndDefusesCells() {
        Response csv = api().accept("text/csv").get("/export.csv?q=" + TOKEN + "&sort=name,asc");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("id,barcode,name,type,status,initialVolume,availableVolume,volumeUnit,"
                        + "concentration,concentrationUnit,description,createdAt,updatedAt");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).contains(barcode(TOKEN, 1) + ",it-" + TOKEN + "-alpha,dna,pending,10,10,ul,,,,");
        assertThat(lines[4])
                .contains(",\"it-" + TOKEN + "-gamma, \"\"quoted\"\"\",rna,pending,")
                .contains(",'=cmd|' /C calc'!A0,");
    }
}
