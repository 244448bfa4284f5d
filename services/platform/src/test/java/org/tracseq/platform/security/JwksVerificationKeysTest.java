package org.tracseq.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracseq.platform.problem.ProblemException;

/** Where verification keys come from, and what happens when they cannot be had. */
class JwksVerificationKeysTest {
    @TempDir
    Path dir;

    private static JwksVerificationKeys keys(String location, String inline) {
        SecuritySettings settings = new SecuritySettings();
        settings.keysLocation = location;
        settings.inlineKeys = Optional.ofNullable(inline);
        settings.keysRefreshSeconds = 300;
        JwksVerificationKeys keys = new JwksVerificationKeys();
        keys.settings = settings;
        keys.start();
        return keys;
    }

    private static JWKSet newKeySet(String kid) throws Exception {
        return new JWKSet(new RSAKeyGenerator(2048).keyID(kid).generate());
    }

    @Test
    void readsTheJwksDocumentAndKeepsItWhileItKnowsTheKid() throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, newKeySet("k1").toString(false));
        JwksVerificationKeys keys = keys(file.toUri().toString(), null);
        assertThat(keys.forKeyId("k1").getKeyByKeyId("k1")).isNotNull();

        Files.writeString(file, newKeySet("k2").toString(false));
        // A known kid does not make it read again; an unknown one does, but not within MIN_REFETCH.
        assertThat(keys.forKeyId("k1").getKeyByKeyId("k1")).isNotNull();
        assertThat(keys.forKeyId("k2").getKeyByKeyId("k2")).isNull();
    }

    @Test
    void inlineKeysWinOverTheLocation() throws Exception {
        JwksVerificationKeys keys =
                keys("http://localhost:1/never-read", newKeySet("inline").toString(false));
        assertThat(keys.forKeyId("inline").getKeyByKeyId("inline")).isNotNull();
    }

    @Test
    void withoutAnyKeysRequestsGetA503NotA401() {
        JwksVerificationKeys keys = keys("http://localhost:1/auth/jwks", null);
        assertThatThrownBy(() -> keys.forKeyId("k1")).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.retryAfterSeconds()).isPresent();
        });
    }

    @Test
    void keysOnceReadOutliveTheirSource() throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, newKeySet("k1").toString(false));
        JwksVerificationKeys keys = keys(file.toUri().toString(), null);
        keys.forKeyId("k1");
        Files.delete(file);
        assertThat(keys.forKeyId("k1").getKeyByKeyId("k1")).isNotNull();
    }
}
