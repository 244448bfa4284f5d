package org.tracseq.auth.persistence;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tracseq.auth.token.SigningKey;

/**
 * The {@code signing_keys} table: keys as JWK JSON, the private half only while a key is active.
 * A unique index allows exactly one active key.
 */
@ApplicationScoped
public class SigningKeyRepository {
    private static final String COLUMNS = "kid, public_jwk, private_jwk, created_at, retired_at";
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('auth.signing_keys'))";

    @Inject
    Jdbc jdbc;

    /** Serialises key creation and rotation across instances until the transaction ends. */
    public void lock() {
        jdbc.one(LOCK, row -> true);
    }

    public void insert(SigningKey key) {
        jdbc.update(
                "INSERT INTO signing_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                key.kid(),
                key.publicJwk().toJSONString(),
                key.jwk().isPrivate() ? key.jwk().toJSONString() : null,
                key.createdAt(),
                key.retiredAt());
    }

    /** Retires the active key: it stops signing and its private half is erased. */
    public void retire(String kid, Instant now) {
        jdbc.update(
                "UPDATE signing_keys SET retired_at = ?, private_jwk = NULL WHERE kid = ? AND retired_at IS NULL",
                now,
                kid);
    }

    /** The active key and the keys retired after {@code retiredAfter}, newest first. */
    public List<SigningKey> retiredAfter(Instant retiredAfter) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM signing_keys WHERE retired_at IS NULL OR retired_at > ? "
                        + "ORDER BY created_at DESC",
                SigningKeyRepository::key,
                retiredAfter);
    }

    public Optional<SigningKey> active() {
        return jdbc.one("SELECT " + COLUMNS + " FROM signing_keys WHERE retired_at IS NULL", SigningKeyRepository::key);
    }

    private static SigningKey key(ResultSet row) throws SQLException {
        String privateJwk = row.getString("private_jwk");
        try {
            RSAKey jwk = RSAKey.parse(privateJwk != null ? privateJwk : row.getString("public_jwk"));
            return new SigningKey(
                    row.getString("kid"), jwk, Jdbc.instant(row, "created_at"), Jdbc.instant(row, "retired_at"));
        } catch (ParseException e) {
            throw new SQLException("Signing key " + row.getString("kid") + " is not a readable JWK", e);
        }
    }
}
