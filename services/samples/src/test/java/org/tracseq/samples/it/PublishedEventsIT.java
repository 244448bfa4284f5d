package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.PublishedEvents;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Samples publishes each change on {@code tracseq:events:samples} through its outbox, in order per
 * sample, as {@code openapi/events.asyncapi.yaml} declares it; a refused change publishes nothing.
 */
class PublishedEventsIT {
    private static final PublishedEvents EVENTS = new PublishedEvents("samples");

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @AfterAll
    static void closeEvents() {
        EVENTS.close();
    }

    @Test
    void aSamplesLifeIsPublishedInOrderAndAsTheContractSays() {
        String token = SamplesFixture.token();
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "50"));
        assertThat(api().contentType("application/merge-patch+json")
                        .body("{\"description\": \"re-labelled\"}")
                        .patch("/" + parent)
                        .statusCode())
                .isEqualTo(200);
        String child = api().body("{\"barcode\": \"%s\", \"volume\": {\"value\": 5, \"unit\": \"ul\"}}"
                        .formatted(barcode(token, 2)))
                .post("/" + parent + "/aliquots")
                .jsonPath()
                .getString("id");

        List<Map<String, String>> ofParent = EVENTS.awaitAtLeast(parent, 4);
        assertThat(ofParent)
                .extracting(e -> e.get("type"))
                .containsExactly(
                        "samples.sample.registered",
                        "samples.sample.status_changed",
                        "samples.sample.updated",
                        "samples.sample.updated");
        assertThat(ofParent).extracting(e -> e.get("version")).containsExactly("1", "2", "3", "4");
        JsonPath registered = JsonPath.from(ofParent.get(0).get("payload"));
        assertThat(registered.getString("barcode")).isEqualTo(barcode(token, 1));
        assertThat(registered.getString("initialVolume.unit")).isEqualTo("ul");
        JsonPath statusChanged = JsonPath.from(ofParent.get(1).get("payload"));
        assertThat(statusChanged.getString("from")).isEqualTo("pending");
        assertThat(statusChanged.getString("to")).isEqualTo("validated");
        assertThat(JsonPath.from(ofParent.get(3).get("payload")).getString("changes[0].to"))
                .isEqualTo("45 ul");

        List<Map<String, String>> ofChild = EVENTS.awaitAtLeast(child, 2);
        assertThat(ofChild)
                .extracting(e -> e.get("type"))
                .containsExactly("samples.sample.registered", "samples.sample.parent_linked");
        JsonPath linked = JsonPath.from(ofChild.get(1).get("payload"));
        assertThat(linked.getString("parentId")).isEqualTo(parent);
        assertThat(linked.getString("relation")).isEqualTo("aliquot");
    }

    @Test
    void everyRowOfABatchIsPublishedAndARefusedChangeNothing() {
        String token = SamplesFixture.token();
        List<String> ids = api().body("""
                {"samples": [{"name": "it-%s-1", "type": "dna", "barcode": "%s"},
                             {"name": "it-%s-2", "type": "rna", "barcode": "%s"}]}""".formatted(token, barcode(token, 1), token, barcode(token, 2)))
                .post("/batch")
                .jsonPath()
                .getList("created.id", String.class);
        assertThat(ids).hasSize(2);
        ids.forEach(
                id -> assertThat(EVENTS.awaitAtLeast(id, 1).get(0).get("type")).isEqualTo("samples.sample.registered"));

        // pending -> stored is not a status change SM-STATUS allows
        assertThat(api().body("{\"status\": \"in_storage\"}")
                        .post("/" + ids.get(0) + "/status")
                        .statusCode())
                .isEqualTo(409);
        api().body("{\"status\": \"validated\"}").post("/" + ids.get(1) + "/status");
        EVENTS.awaitAtLeast(ids.get(1), 2);
        assertThat(EVENTS.of(ids.get(0))).hasSize(1);
    }
}
