package org.tracseq.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Bad input is refused the same way in every service, by the platform (issue 16, items 5–9): a
 * 400 problem+json naming the field, no Java class in it, and nothing written. Sent through the
 * gateway and, where it matters, to a service's own context root on the same port.
 */
@MicroShedTest
class RefusalsIT {
    private static final String API = TracSeqServer.rootUrl() + "/api";

    private static String admin;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        admin = SeededAdmin.logIn();
    }

    @Test
    void aControlCharacterInALoginIsA400NotA500() {
        Response response =
                json().body("{\"username\":\"a\\u0000b\",\"password\":\"x\"}").post(API + "/auth/login");
        assertField(response, "username", "U+0000");
    }

    @Test
    void aControlCharacterInAQueryIsA400() {
        assertField(asAdmin().queryParam("q", "a\u0000b").get(API + "/samples/"), "q", "U+0000");
        assertField(
                asAdmin().queryParam("q", "\u001b[2J").get(TracSeqServer.rootUrl() + "/samples/samples/"),
                "q",
                "U+001B");
    }

    @Test
    void aWordIsNotABooleanAndNothingIsCreated() {
        long before = sampleCount();
        Response response = asAdmin()
                .body("{\"atomic\":\"yes\",\"samples\":[{\"name\":\"refused row\",\"type\":\"dna\"}]}")
                .post(API + "/samples/batch");
        assertField(response, "atomic", "true or false");
        assertThat(sampleCount()).isEqualTo(before);
    }

    @Test
    void aDecimalIsNotTruncatedNorAnArrayTakenForAScalar() {
        assertField(
                asAdmin().body("{\"prefix\":\"TS\",\"count\":1.5}").post(API + "/barcodes/generate"), "count", "whole");
        assertField(
                asAdmin().body("{\"prefix\":\"TS\",\"count\":[1]}").post(API + "/barcodes/generate"), "count", "whole");
    }

    @Test
    void nothingMayFollowTheDocument() {
        Response response = json().body("{\"username\":\"" + System.getProperty("its.admin.username")
                        + "\",\"password\":\"" + System.getProperty("its.admin.password") + "\"} junk")
                .post(API + "/auth/login");
        assertField(response, "body", "more after the JSON document");
        assertThat(response.asString()).doesNotContain("accessToken");
    }

    @Test
    void unknownAndReadOnlyFieldsAreNamed() {
        long before = sampleCount();
        Response response = asAdmin()
                .body("{\"name\":\"with an id\",\"type\":\"dna\",\"id\":\"x\",\"status\":\"validated\"}")
                .post(API + "/samples/");
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("id", "status");
        assertThat(sampleCount()).isEqualTo(before);
    }

    @Test
    void aWrongEnumValueListsTheValuesAndNamesNoClass() {
        Response response =
                asAdmin().body("{\"name\":\"x\",\"type\":\"dinosaur\"}").post(API + "/samples/");
        assertField(response, "type", "must be one of");
        assertThat(response.asString()).doesNotContain("org.", "java.", "Exception");
    }

    @Test
    void aDeepBodyIsRefusedBeforeAnythingRecurses() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertField(
                asAdmin()
                        .body("{\"name\":\"x\",\"type\":\"dna\",\"metadata\":{\"a\":" + deep + "}}")
                        .post(API + "/samples/"),
                "body",
                "nested deeper");
    }

    @Test
    void anEncodedSlashIsAProblemNotTheContainersPage() {
        Response response = asAdmin().urlEncodingEnabled(false).get(API + "/samples/a%2Fb");
        assertProblem(response, 400);
        assertThat(response.getHeader("$WSEP")).isNull();
        assertThat(response.getHeaders().getValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void everyAnswerSaysNoSniff() {
        Response response = asAdmin().get(API + "/samples/?size=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeaders().getValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    private static void assertField(Response response, String field, String messagePart) {
        assertProblem(response, 400);
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
        assertThat(response.jsonPath().getString("detail")).contains(messagePart);
        assertThat(response.asString()).doesNotContain("org.tracseq", "java.", "Exception");
    }

    private static long sampleCount() {
        return asAdmin()
                .get(API + "/samples/?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification asAdmin() {
        return json().auth().oauth2(admin);
    }
}
