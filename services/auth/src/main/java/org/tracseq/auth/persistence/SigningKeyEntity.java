package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.OffsetDateTime;
import org.tracseq.auth.token.SigningKey;

/** A row of {@code signing_keys}: the key as JWK JSON, its private half only while it is active. */
@Entity
@Table(name = "signing_keys")
public class SigningKeyEntity {
    @Id
    private String kid;

    @Column(name = "public_jwk")
    private String publicJwk;

    @Column(name = "private_jwk")
    private String privateJwk;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected SigningKeyEntity() {}

    static SigningKeyEntity of(SigningKey key) {
        SigningKeyEntity entity = new SigningKeyEntity();
        entity.kid = key.kid();
        entity.publicJwk = key.publicJwk().toJSONString();
        entity.privateJwk = key.jwk().isPrivate() ? key.jwk().toJSONString() : null;
        entity.createdAt = utc(key.createdAt());
        entity.retiredAt = utc(key.retiredAt());
        return entity;
    }

    SigningKey toKey() {
        try {
            RSAKey jwk = RSAKey.parse(privateJwk != null ? privateJwk : publicJwk);
            return new SigningKey(kid, jwk, instant(createdAt), instant(retiredAt));
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key " + kid + " is not a readable JWK", e);
        }
    }
}
