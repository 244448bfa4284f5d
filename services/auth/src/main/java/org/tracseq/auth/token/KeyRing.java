package org.tracseq.auth.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signing keys at one moment: the active one signs, every published one verifies. {@code overlap}
 * is how long a retired key stays published: the longest a token lives plus the clock skew allowed.
 */
public record KeyRing(List<SigningKey> keys, Duration overlap) {

    public KeyRing {
        keys = List.copyOf(keys);
    }

    public Optional<SigningKey> active() {
        return keys.stream().filter(SigningKey::active).findFirst();
    }

    /** The public JWK set: the active key and the retired ones still in their overlap. */
    public JWKSet published(Instant now) {
        List<JWK> published = keys.stream()
                .filter(key -> key.publishedAt(now, overlap))
                .map(key -> (JWK) key.publicJwk())
                .toList();
        return new JWKSet(published);
    }

    public boolean publishes(String kid, Instant now) {
        return keys.stream().anyMatch(key -> key.kid().equals(kid) && key.publishedAt(now, overlap));
    }
}
