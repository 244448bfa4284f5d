package org.tracseq.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox table (db/platform/V3), on the caller's connection and in the caller's transaction. */
final class OutboxStore {
    /** An event read for relaying, with its place in the outbox. */
    record Unrelayed(long position, Event event) {}

    private OutboxStore() {}

    /**
     * Appends an event as the aggregate's next version. Appends to one aggregate wait for each other
     * (a transaction-scoped advisory lock on the aggregate in this schema's outbox): two changes
     * that lock different rows, say a user's login throttle and the user, can still be about one
     * aggregate, and must not both take the same version.
     */
    static Event append(
            Connection connection,
            String type,
            String aggregateId,
            String payload,
            String actor,
            String requestId,
            String traceparent)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.outbox'), hashtext(?))")) {
            lock.setString(1, aggregateId);
            lock.execute();
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (event_id, type, aggregate_id, aggregate_version, actor, request_id, payload, "
                        + "traceparent) SELECT ?, ?, ?, COALESCE(MAX(aggregate_version), 0) + 1, ?, ?, ?::jsonb, ? "
                        + "FROM outbox WHERE aggregate_id = ? RETURNING aggregate_version, occurred_at")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, aggregateId);
            insert.setString(4, actor);
            insert.setString(5, requestId);
            insert.setString(6, payload);
            insert.setString(7, traceparent);
            insert.setString(8, aggregateId);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Event(
                        id,
                        type,
                        aggregateId,
                        row.getLong(1),
                        row.getTimestamp(2).toInstant(),
                        actor,
                        requestId,
                        payload,
                        traceparent);
            }
        }
    }

    /**
     * Takes the service's relay lock for this transaction, unless another relay holds it (false).
     * The key is the outbox table's own identity, so each service's schema has its own lock.
     */
    static boolean relayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_try_advisory_xact_lock('outbox'::regclass::oid::bigint)");
                ResultSet row = lock.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** Up to {@code limit} committed events not relayed yet, in the order they were written. */
    static List<Unrelayed> unrelayed(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position, event_id, type, aggregate_id, aggregate_version, occurred_at, actor, request_id, "
                        + "payload::text, traceparent FROM outbox WHERE relayed_at IS NULL ORDER BY position LIMIT ?")) {
            select.setInt(1, limit);
            List<Unrelayed> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Unrelayed(
                            row.getLong(1),
                            new Event(
                                    row.getObject(2, UUID.class),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getLong(5),
                                    row.getTimestamp(6).toInstant(),
                                    row.getString(7),
                                    row.getString(8),
                                    row.getString(9),
                                    row.getString(10))));
                }
            }
            return rows;
        }
    }

    static void markRelayed(Connection connection, List<Unrelayed> rows) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE outbox SET relayed_at = now() WHERE position = ANY (?)")) {
            update.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", rows.stream().map(Unrelayed::position).toArray(Long[]::new)));
            update.executeUpdate();
        }
    }

    /** How many committed events wait to be relayed, and how many seconds the oldest has waited. */
    static Backlog backlog(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0) "
                                + "FROM outbox WHERE relayed_at IS NULL");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new Backlog(row.getLong(1), row.getDouble(2));
        }
    }

    /** Events waiting to be relayed, and the wait of the oldest; -1 for both while unknown. */
    public record Backlog(long events, double oldestSeconds) {}

    /** Records that {@code consumer} applied {@code eventId}; false if it had already. */
    static boolean firstDelivery(Connection connection, String consumer, UUID eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inbox (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        }
    }
}
