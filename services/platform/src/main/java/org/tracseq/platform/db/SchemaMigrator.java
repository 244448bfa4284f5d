package org.tracseq.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the service's schema up to date before the first request: the platform's own tables
 * (idempotency keys) first, then the service's migrations from {@code db-migrations/<service>}.
 * Each set keeps its own history table so their version numbers never collide. Liberty's class
 * loader does not list directories, so every migration folder carries an empty
 * {@code flyway.location} marker by which Flyway finds it; so does {@code db/callback}, which
 * Flyway always looks into and otherwise reports as an error on every start.
 */
@ApplicationScoped
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String UNKNOWN_DATABASE = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    @Inject
    ServiceDatabase database;

    @Inject
    @ConfigProperty(name = "tracseq.db.create-if-missing", defaultValue = "true")
    boolean createIfMissing;

    /** The same variable server.xml gives the datasource (Liberty exposes server variables to MP Config). */
    @Inject
    @ConfigProperty(name = "db.name", defaultValue = "tracseq")
    String databaseName;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migrate();
    }

    public boolean isMigrated() {
        return migrated;
    }

    synchronized void migrate() {
        if (migrated) {
            return;
        }
        DataSource dataSource = database.dataSource();
        ensureDatabaseExists(dataSource);
        String schema = database.schema();
        flyway(dataSource, schema, "platform_schema_history", "classpath:db/platform")
                .migrate();
        var result = flyway(dataSource, schema, "flyway_schema_history", "classpath:db/migration/" + schema)
                .migrate();
        LOG.info(() -> "Schema " + schema + " is at version " + result.targetSchemaVersion);
        migrated = true;
    }

    private static Flyway flyway(DataSource dataSource, String schema, String historyTable, String location) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(historyTable)
                .locations(location)
                // The second set finds the schema already holding the first set's tables: start it from
                // an empty baseline (0) so its own V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** A fresh machine has no database yet; create it when configured to (development, CI). */
    private void ensureDatabaseExists(DataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            return;
        } catch (SQLException e) {
            if (!UNKNOWN_DATABASE.equals(e.getSQLState()) || !createIfMissing) {
                throw new IllegalStateException("Cannot connect to the database", e);
            }
        }
        DataSource admin = database.adminDataSource()
                .orElseThrow(() -> new IllegalStateException(
                        "The database does not exist and no " + ServiceDatabase.ADMIN_DATASOURCE + " is configured"));
        if (!databaseName.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("Refusing to create a database named '" + databaseName + "'");
        }
        try (Connection connection = admin.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + databaseName);
            LOG.info(() -> "Created database " + databaseName);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create the database", e);
            }
        }
    }
}
