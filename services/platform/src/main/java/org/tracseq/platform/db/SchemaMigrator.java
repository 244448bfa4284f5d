package org.tracseq.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
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

    @Inject
    ServiceDatabase database;

    /** On where a build starts the server (liberty:dev, the quick start, tests); off when deployed. */
    @Inject
    @ConfigProperty(name = "tracseq.db.provision", defaultValue = "false")
    boolean provision;

    /**
     * Set where PostgreSQL authenticates a deployed server without a password (a client
     * certificate, peer authentication): only then may its database password be empty.
     */
    @Inject
    @ConfigProperty(name = "tracseq.db.passwordless", defaultValue = "false")
    boolean passwordless;

    /** The same variables server.xml gives the datasources (Liberty exposes server variables to MP Config). */
    @Inject
    Config config;

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
        String schema = database.schema();
        String password = config.getOptionalValue("db." + schema + ".password", String.class)
                .orElse("");
        if (provision) {
            DatabaseProvisioning.provision(
                    database,
                    config.getValue("db.name", String.class),
                    config.getValue("db." + schema + ".user", String.class),
                    password);
        } else {
            requirePassword(schema, password, passwordless);
        }
        DataSource dataSource = database.dataSource();
        flyway(dataSource, schema, "platform_schema_history", "classpath:db/platform")
                .migrate();
        var result = flyway(dataSource, schema, "flyway_schema_history", "classpath:db/migration/" + schema)
                .migrate();
        LOG.info(() -> "Schema " + schema + " is at version " + result.targetSchemaVersion);
        migrated = true;
    }

    /**
     * A deployed server has no default secret: the development set-up's empty password (accepted by
     * a PostgreSQL that trusts local connections) is refused at start, before the first request,
     * unless PostgreSQL authenticates the server another way.
     */
    static void requirePassword(String schema, String password, boolean passwordless) {
        if (password.isEmpty() && !passwordless) {
            throw new IllegalStateException("No database password for service schema " + schema + ": set DB_"
                    + schema.toUpperCase(Locale.ROOT) + "_PASSWORD (the environment or a variables file), or"
                    + " TRACSEQ_DB_PASSWORDLESS=true where PostgreSQL authenticates this server without one"
                    + " (docs/operations.md, Secrets)");
        }
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
}
