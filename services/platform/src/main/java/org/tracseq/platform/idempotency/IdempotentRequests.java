package org.tracseq.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.platform.json.JsonbContextResolver;
import org.tracseq.platform.problem.ProblemException;

/**
 * Makes a creating request safe to retry: the first request with an {@code Idempotency-Key} runs
 * and its successful response is stored in the same transaction as what it created; a repeat with
 * the same key and body gets that response back ({@code Idempotent-Replayed: true}) and creates
 * nothing. A concurrent repeat waits on the key's row lock and then replays. The same key with a
 * different body is refused (422).
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    ServiceDatabase database;

    /**
     * Runs {@code action} once per ({@code operation}, {@code key}); without a key it just runs.
     * Operations are named {@code <service>.<operation>} ({@code storage.place}), optionally followed
     * by {@code :} and what scopes them ({@code samples.create-child:<parent id>}).
     * {@code action} joins this transaction, so its writes and the stored response commit together.
     */
    @Transactional
    public Response once(String operation, String key, Object requestBody, Supplier<Response> action) {
        if (!operation.startsWith(database.serviceName() + ".")) {
            throw new IllegalArgumentException("Idempotent operation '" + operation + "' must be named "
                    + database.serviceName() + ".<operation>");
        }
        if (key == null) {
            return action.get();
        }
        String hash = hash(requestBody);
        try (Connection connection = database.dataSource().getConnection()) {
            if (claim(connection, operation, key, hash)) {
                Response response = action.get();
                record(connection, operation, key, response);
                return response;
            }
            return replay(connection, operation, key, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store failed", e);
        }
    }

    private static boolean claim(Connection c, String operation, String key, String hash) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_keys "
                + "(operation, idempotency_key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, operation);
            insert.setString(2, key);
            insert.setString(3, hash);
            return insert.executeUpdate() == 1;
        }
    }

    /** Only a success is remembered; a refusal leaves the key free for a corrected retry. */
    private static void record(Connection c, String operation, String key, Response response) throws SQLException {
        boolean success = response.getStatus() < 300;
        String sql = success
                ? "UPDATE idempotency_keys SET response_status = ?, response_location = ?, response_body = ? "
                        + "WHERE operation = ? AND idempotency_key = ?"
                : "DELETE FROM idempotency_keys WHERE operation = ? AND idempotency_key = ?";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int i = 1;
            if (success) {
                statement.setInt(i++, response.getStatus());
                statement.setString(
                        i++,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString());
                statement.setString(
                        i++, response.hasEntity() ? JsonbContextResolver.jsonb().toJson(response.getEntity()) : null);
            }
            statement.setString(i++, operation);
            statement.setString(i, key);
            statement.executeUpdate();
        }
    }

    private static Response replay(Connection c, String operation, String key, String hash) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT request_hash, response_status, response_location, "
                + "response_body FROM idempotency_keys WHERE operation = ? AND idempotency_key = ?")) {
            select.setString(1, operation);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getObject("response_status") == null) {
                    throw ProblemException.conflict("A request with this " + HEADER + " is still being processed");
                }
                if (!row.getString("request_hash").equals(hash)) {
                    throw new ProblemException(
                            422,
                            "idempotency-key-reused",
                            "Idempotency key reused",
                            "This " + HEADER + " was already used with a different request body; use a new key");
                }
                String location = row.getString("response_location");
                String body = row.getString("response_body");
                Response.ResponseBuilder replayed =
                        Response.status(row.getInt("response_status")).header(REPLAYED_HEADER, "true");
                if (location != null) {
                    replayed.location(URI.create(location));
                }
                if (body != null) {
                    replayed.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return replayed.build();
            }
        }
    }

    static String hash(Object requestBody) {
        String json = requestBody == null ? "" : JsonbContextResolver.jsonb().toJson(requestBody);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
