package org.tracseq.system.corpus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tracseq.platform.testing.TestDatabase;

/**
 * The row count of every table of every service's schema, read as the database's administrator in
 * one statement: two snapshots around a refused request show whether it wrote anything.
 */
final class RowCounts implements AutoCloseable {
    private final Connection connection;
    /**
     * Prepared once: planning the union of every table's count costs PostgreSQL about four times
     * what running it does, and the corpus takes a snapshot after each of its thousands of requests.
     */
    private final PreparedStatement countEveryTable;

    private RowCounts(Connection connection, PreparedStatement countEveryTable) {
        this.connection = connection;
        this.countEveryTable = countEveryTable;
    }

    /**
     * Every table of the schemas {@code services} own, listed once (the corpus creates none), but
     * those only event consumers write, at any moment: each schema's inbox and the events service's
     * store and deliveries. A refused request's own events would show in its service's outbox.
     */
    static RowCounts of(List<String> services) throws SQLException {
        Connection connection = TestDatabase.connect();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                                + "WHERE table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', 'inbox') "
                                + "AND table_schema || '.' || table_name NOT IN "
                                + "('events.events', 'events.deliveries', 'events.delivery_attempts') "
                                + "AND table_schema IN ("
                                + services.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","))
                                + ")")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No table in the schemas " + services);
        }
        return new RowCounts(
                connection,
                connection.prepareStatement(tables.stream()
                        .map(table -> "SELECT '" + table + "', count(*) FROM " + table)
                        .collect(Collectors.joining(" UNION ALL "))));
    }

    Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet result = countEveryTable.executeQuery()) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }

    /** {@code samples.sample +1} for every table whose count differs between the two snapshots. */
    static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(count -> !count.getValue().equals(before.get(count.getKey())))
                .map(count -> String.format("%s %+d", count.getKey(), count.getValue() - before.get(count.getKey())))
                .toList();
    }

    @Override
    public void close() throws SQLException {
        countEveryTable.close();
        connection.close();
    }
}
