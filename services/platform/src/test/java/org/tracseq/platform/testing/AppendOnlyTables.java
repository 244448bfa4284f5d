package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Proves a table refuses UPDATE, DELETE and TRUNCATE (the platform's {@code refuse_rewrite()}
 * trigger), as the database owner would try them, in a transaction that is rolled back whatever
 * happens. The table must hold at least one row, so the row triggers have something to refuse.
 */
public final class AppendOnlyTables {
    private AppendOnlyTables() {}

    /** {@code table} is schema-qualified ({@code samples.sample_audit}); {@code column} any column of it. */
    public static void assertAppendOnly(String table, String column) {
        assertThat(TestDatabase.countRows(table))
                .as("%s needs a row for the check to mean anything", table)
                .isPositive();
        assertRefused(table, "UPDATE " + table + " SET " + column + " = " + column);
        assertRefused(table, "DELETE FROM " + table);
        assertRefused(table, "TRUNCATE " + table + " CASCADE");
    }

    private static void assertRefused(String table, String sql) {
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining(table + " is append-only");
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
