package org.tracseq.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Direct JDBC access to the database the server under test uses, for checks a client cannot make:
 * "the refused request changed nothing".
 */
public final class TestDatabase {
    private TestDatabase() {}

    /** As the database's administrator, who may read every schema. */
    public static Connection connect() throws SQLException {
        return connectAs("postgres");
    }

    /** As {@code role}, e.g. a service's own role {@code tracseq_samples}. */
    public static Connection connectAs(String role) throws SQLException {
        String host = System.getProperty("tracseq.db.host", "127.0.0.1");
        String name = System.getProperty("tracseq.db.name", "tracseq");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/" + name, role, "");
    }

    /** A data source on database {@code name} as its administrator, for tests that make their own. */
    public static PGSimpleDataSource administratorOf(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {System.getProperty("tracseq.db.host", "127.0.0.1")});
        dataSource.setPortNumbers(new int[] {5432});
        dataSource.setDatabaseName(name);
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** {@code SELECT count(*)} of a table such as {@code samples.sample}. */
    public static long countRows(String qualifiedTable) {
        return queryLong("SELECT count(*) FROM " + qualifiedTable);
    }

    public static long queryLong(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
