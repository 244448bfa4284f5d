package org.tracseq.platform.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Gives an integration-test suite a database of its own, empty: drops the named database (closing
 * whatever connections a previous run left) and creates it again. The build runs it before the
 * suite's server starts ({@code pre-integration-test}); only names starting {@code tracseq_it_} or
 * ending {@code _it} are accepted, so it can never drop the quick start's {@code tracseq}.
 */
public final class ThrowawayDatabase {
    private ThrowawayDatabase() {}

    public static void main(String[] args) throws SQLException {
        String name = args[0];
        if (!name.matches("(tracseq_it_[a-z0-9_]+|[a-z0-9_]+_it)")) {
            throw new IllegalArgumentException("Not a test database name: " + name);
        }
        String host = System.getProperty("tracseq.db.host", "127.0.0.1");
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        // The driver itself, not DriverManager: Maven runs this once per module in a class loader of
        // its own, and DriverManager refuses a driver registered from an earlier module's loader.
        try (Connection connection = new Driver().connect("jdbc:postgresql://" + host + ":5432/postgres", login);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        System.out.println("Test database " + name + " created afresh");
    }
}
