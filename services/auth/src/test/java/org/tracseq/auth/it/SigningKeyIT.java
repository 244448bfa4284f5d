package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.auth.it.AuthFixture.as;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/** The public JWK set and key rotation without downtime. */
class SigningKeyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theJwkSetIsOpenAndHoldsOnlyPublicRsaKeys() throws Exception {
        Response jwks = api().get("/jwks").andReturn();
        assertThat(jwks.statusCode()).isEqualTo(200);
        JWKSet set = JWKSet.parse(jwks.asString());
        assertThat(set.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.toRSAKey().size()).isGreaterThanOrEqualTo(2048);
        });
        assertThat(jwks.asString()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void rotationSignsWithTheNewKeyWhileTokensOfTheOldOneKeepWorking() throws Exception {
        String admin = adminToken();
        String oldKid = SignedJWT.parse(admin).getHeader().getKeyID();

        Response rotated = as(admin).post("/signing-keys/rotate").andReturn();
        assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(201);
        String newKid = rotated.jsonPath().getString("kid");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotated.jsonPath().getBoolean("active")).isTrue();

        List<String> published = api().get("/jwks").jsonPath().getList("keys.kid");
        assertThat(published).contains(oldKid, newKid);
        assertThat(as(admin).get("/me").statusCode())
                .as("a token of the old key still verifies")
                .isEqualTo(200);

        String fresh = adminToken();
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(newKid);
        Response keys = as(fresh).get("/signing-keys").andReturn();
        assertThat(keys.jsonPath().getList("findAll { it.active }.kid")).containsExactly(newKid);
        assertThat(keys.jsonPath().getString("find { it.kid == '" + oldKid + "' }.publishedUntil"))
                .isNotBlank();
        assertThat(AuthFixture.audited("signing_key_rotated", newKid)).isEqualTo(1);
    }

    @Test
    void readinessReportsTheActiveSigningKey() {
        Response ready =
                RestAssured.get(TracSeqServer.managementUrl() + "/health/ready").andReturn();
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'signing-key' }.status"))
                .isEqualTo("UP");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'signing-key' }.data.kid"))
                .isNotBlank();
    }
}
