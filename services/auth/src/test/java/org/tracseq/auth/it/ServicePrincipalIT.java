package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.audited;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.auth.it.AuthFixture.uniqueName;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** API keys of service principals: shown once, exchanged for tokens, revoked with history kept. */
class ServicePrincipalIT {
    private static String admin;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = adminToken();
    }

    private static Response createPrincipal(String name, String role) {
        return as(admin)
                .body(json("name", name, "role", role, "description", "NovaSeq 6000 in room 2.14"))
                .post("/service-principals")
                .andReturn();
    }

    private static Response exchange(String apiKey) {
        return api().body(json("apiKey", apiKey)).post("/token/api-key").andReturn();
    }

    @Test
    void anApiKeyIsShownOnceAndExchangedForATokenWithTheFixedRole() throws Exception {
        String name = uniqueName();
        Response created = createPrincipal(name, "lab_technician");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String apiKey = created.jsonPath().getString("apiKey");
        String id = created.jsonPath().getString("principal.id");
        assertThat(apiKey).startsWith("tsk_").hasSize(47);
        assertThat(created.jsonPath().getString("principal.keyPrefix")).isEqualTo(apiKey.substring(0, 12));
        assertThat(created.header("Location")).endsWith("/service-principals/" + id);
        assertThat(TestDatabase.queryLong("SELECT count(*) FROM auth.service_principals WHERE key_hash = ?", apiKey))
                .as("only the hash is stored")
                .isZero();
        Response read = as(admin).get("/service-principals/" + id).andReturn();
        assertThat(read.asString()).doesNotContain(apiKey);
        assertThat(as(admin).get("/service-principals").asString()).doesNotContain(apiKey);

        Response token = exchange(apiKey);
        assertThat(token.statusCode()).as(token.asString()).isEqualTo(200);
        assertThat(token.jsonPath().getString("refreshToken")).isNull();
        var claims = SignedJWT.parse(token.jsonPath().getString("accessToken")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(id);
        assertThat(claims.getStringClaim("upn")).isEqualTo("svc:" + name);
        assertThat(claims.getStringListClaim("groups"))
                .contains("lab_technician")
                .doesNotContain("principal_investigator");
        assertThat(claims.getClaim("sid")).isNull();
        assertThat(as(admin).get("/service-principals/" + id).jsonPath().getString("lastUsedAt"))
                .isNotBlank();
        assertThat(audited("api_key_issued", "svc:" + name)).isEqualTo(1);
        assertThat(audited("api_key_exchanged", "svc:" + name)).isEqualTo(1);
    }

    @Test
    void revokingKeepsThePrincipalAndItsHistoryAndStopsTheKeyAndItsTokensAtOnce() {
        String name = uniqueName();
        Response created = createPrincipal(name, "data_analyst");
        String id = created.jsonPath().getString("principal.id");
        String apiKey = created.jsonPath().getString("apiKey");
        String token = exchange(apiKey).jsonPath().getString("accessToken");
        assertProblem(as(token).get("/me").andReturn(), 403);

        Response revoked = as(admin).delete("/service-principals/" + id).andReturn();
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.jsonPath().getString("revokedAt")).isNotBlank();
        assertThat(revoked.jsonPath().getString("revokedBy")).isEqualTo(AuthFixture.ADMIN);
        assertProblem(exchange(apiKey), 401);
        assertProblem(as(token).get("/me").andReturn(), 401);
        assertThat(as(admin).get("/service-principals/" + id).jsonPath().getString("name"))
                .isEqualTo(name);
        assertThat(as(admin).delete("/service-principals/" + id).statusCode())
                .as("idempotent")
                .isEqualTo(200);
        assertThat(audited("api_key_revoked", "svc:" + name)).isEqualTo(1);
        assertProblem(createPrincipal(name, "guest"), 409);
    }

    @Test
    void administrationRolesAndBadNamesAreRefused() {
        long before = TestDatabase.countRows("auth.service_principals");
        assertProblem(createPrincipal(uniqueName(), "lab_administrator"), 422);
        assertProblem(createPrincipal("' OR 1=1 --", "guest"), 400);
        assertProblem(createPrincipal("<script>", "guest"), 400);
        assertProblem(createPrincipal(uniqueName(), "root"), 400);
        assertProblem(as(admin).body("{}").post("/service-principals").andReturn(), 400);
        assertThat(TestDatabase.countRows("auth.service_principals")).isEqualTo(before);
    }

    @Test
    void unknownKeysAreRefusedTheSameWay() {
        Response unknown = assertProblem(exchange("tsk_" + "B".repeat(43)), 401);
        Response garbage = assertProblem(exchange("'; DROP TABLE auth.service_principals; --"), 401);
        assertThat(unknown.jsonPath().getString("detail"))
                .isEqualTo(garbage.jsonPath().getString("detail"));
        assertProblem(api().body("{}").post("/token/api-key").andReturn(), 400);
    }

    @Test
    void principalsArePagedNewestFirst() {
        createPrincipal(uniqueName(), "guest");
        String newest = uniqueName();
        createPrincipal(newest, "guest");
        Response page =
                as(admin).queryParam("size", 1).get("/service-principals").andReturn();
        assertThat(page.jsonPath().getList("items.name")).containsExactly(newest);
        assertThat(page.jsonPath().getInt("total")).isGreaterThanOrEqualTo(2);
    }
}
