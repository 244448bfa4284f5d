package org.tracseq.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The administrator the system tests' server creates on its first start ({@code its.admin.*} in
 * the all-in-one pom), signed in through the gateway.
 */
final class SeededAdmin {
    private SeededAdmin() {}

    static String username() {
        return System.getProperty("its.admin.username");
    }

    static String password() {
        return System.getProperty("its.admin.password");
    }

    /** JSON requests through the gateway ({@code /api}) with {@code accessToken}. */
    static RequestSpecification through(String accessToken) {
        return given().baseUri(TracSeqServer.rootUrl())
                .basePath("/api")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + accessToken);
    }

    /** A fresh access token from {@code POST /api/auth/login}. */
    static String logIn() {
        return given().contentType(ContentType.JSON)
                .body("{\"username\":\"" + username() + "\",\"password\":\"" + password() + "\"}")
                .post(TracSeqServer.rootUrl() + "/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
