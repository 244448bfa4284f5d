package org.tracseq.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sets up what a deployed service expects its database administrator to have made: the database,
 * the service's own login role, and the service's schema owned by that role (so the role can read
 * and change only its own schema). Runs only where {@code tracseq.db.provision} is on: servers a
 * build starts (liberty:dev, the quick start, tests). Every step is idempotent, and a schema made
 * before roles existed (owned by the administrator) is handed to the service's role.
 */
final class DatabaseProvisioning {
    private static final Logger LOG = Logger.getLogger(DatabaseProvisioning.class.getName());
    private static final String UNKNOWN_DATABASE = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_SCHEMA = "42P06";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String IDENTIFIER = "[a-z_][a-z0-9_]{0,62}";

    private DatabaseProvisioning() {}

    static void provision(ServiceDatabase database, String databaseName, String role, String password) {
        for (String name : List.of(databaseName, role)) {
            if (!name.matches(IDENTIFIER)) {
                throw new IllegalStateException("Refusing to create a database object named '" + name + "'");
            }
        }
        DataSource admin = database.provisioningDataSource(ServiceDatabase.ADMIN_DATASOURCE);
        createDatabaseIfMissing(
                admin, database.provisioningDataSource(ServiceDatabase.MAINTENANCE_DATASOURCE), databaseName);
        try (Connection connection = admin.getConnection()) {
            createRole(connection, role, password);
            ownSchema(connection, database.schema(), role);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up role " + role + " and schema " + database.schema(), e);
        }
    }

    /**
     * Creates database {@code name} (which {@code admin} connects to) from {@code maintenance} unless
     * it exists. The all-in-one server starts its services at once, so several may create it at the
     * same moment: PostgreSQL then answers the losers with a duplicate database or, when their
     * catalogue inserts collide, a unique violation; either means it exists now.
     */
    static void createDatabaseIfMissing(DataSource admin, DataSource maintenance, String name) {
        try (Connection ignored = admin.getConnection()) {
            return;
        } catch (SQLException e) {
            if (!UNKNOWN_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot connect to the database as its administrator", e);
            }
        }
        try (Connection connection = maintenance.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            LOG.info(() -> "Created database " + name);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create the database", e);
            }
        }
    }

    /** Another instance of the service may create the same role at the same moment: that is fine. */
    static void createRole(Connection connection, String role, String password) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN");
            LOG.info(() -> "Created role " + role);
        } catch (SQLException e) {
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
        if (!password.isEmpty()) {
            execute(connection, formatted(connection, "ALTER ROLE %I PASSWORD %L", role, password));
        }
    }

    /**
     * Two instances starting on a fresh database may both find the schema missing: IF NOT EXISTS
     * does not stop the loser's insert into the catalogue, whose unique violation means it exists now.
     */
    static void ownSchema(Connection connection, String schema, String role) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
        } catch (SQLException e) {
            if (!DUPLICATE_SCHEMA.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
        execute(connection, "ALTER SCHEMA " + schema + " OWNER TO " + role);
        for (String alter : ownershipChanges(connection, schema, role)) {
            execute(connection, alter);
        }
    }

    /**
     * The ALTER … OWNER statements for everything in the schema its role does not own yet: tables
     * and views first (a table takes its serial sequences with it), then free-standing sequences
     * and functions.
     */
    private static List<String> ownershipChanges(Connection connection, String schema, String role)
            throws SQLException {
        String sql = """
                SELECT format('ALTER %s %I.%I OWNER TO %I',
                              CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                             WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                              n.nspname, c.relname, ?)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND pg_get_userbyid(c.relowner) <> ?
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                  WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
                UNION ALL
                SELECT format('ALTER FUNCTION %I.%I(%s) OWNER TO %I',
                              n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), ?)
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = ? AND pg_get_userbyid(p.proowner) <> ?
                """;
        List<String> statements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < 2; i++) {
                query.setString(3 * i + 1, role);
                query.setString(3 * i + 2, schema);
                query.setString(3 * i + 3, role);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
        }
        // Tables before sequences: ALTER TABLE also moves the sequences its columns own.
        statements.sort((a, b) -> Boolean.compare(a.startsWith("ALTER SEQUENCE"), b.startsWith("ALTER SEQUENCE")));
        return statements;
    }

    private static String formatted(Connection connection, String format, String... arguments) throws SQLException {
        StringBuilder call = new StringBuilder("SELECT format(?");
        for (int i = 0; i < arguments.length; i++) {
            call.append(", ?");
        }
        try (PreparedStatement query =
                connection.prepareStatement(call.append(')').toString())) {
            query.setString(1, format);
            for (int i = 0; i < arguments.length; i++) {
                query.setString(i + 2, arguments[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
