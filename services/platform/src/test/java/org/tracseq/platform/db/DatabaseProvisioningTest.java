package org.tracseq.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.tracseq.platform.testing.TestDatabase;

/** Against the real PostgreSQL on 127.0.0.1:5432, as the build's servers provision it. */
class DatabaseProvisioningTest {
    private static final int SERVICES = 6;
    private static final String ROLE = "tracseq_provisioning_race";
    private final String name =
            "tracseq_provisioning_" + UUID.randomUUID().toString().replace("-", "");

    /** The all-in-one server's first start: every service creates the one database at the same moment. */
    @RepeatedTest(3)
    void servicesStartingTogetherAllFindTheDatabaseTheyRacedToCreate() throws Exception {
        CyclicBarrier together = new CyclicBarrier(SERVICES);
        ExecutorService services = Executors.newFixedThreadPool(SERVICES);
        try {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                starts.add(CompletableFuture.runAsync(
                        () -> {
                            await(together);
                            DatabaseProvisioning.createDatabaseIfMissing(
                                    TestDatabase.administratorOf(name), TestDatabase.administratorOf("postgres"), name);
                        },
                        services));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } finally {
            services.shutdown();
        }
        try (Connection connection = TestDatabase.administratorOf(name).getConnection()) {
            assertThat(connection.getCatalog()).isEqualTo(name);
        }
    }

    /** Two instances of a service starting on a fresh database: both create its schema at once. */
    @RepeatedTest(3)
    void instancesStartingTogetherAllFindTheSchemaTheyRacedToCreate() throws Exception {
        DatabaseProvisioning.createDatabaseIfMissing(
                TestDatabase.administratorOf(name), TestDatabase.administratorOf("postgres"), name);
        try (Connection connection = TestDatabase.administratorOf(name).getConnection()) {
            DatabaseProvisioning.createRole(connection, ROLE, "");
        }
        CyclicBarrier together = new CyclicBarrier(SERVICES);
        ExecutorService instances = Executors.newFixedThreadPool(SERVICES);
        try {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                starts.add(CompletableFuture.runAsync(
                        () -> {
                            try (Connection connection =
                                    TestDatabase.administratorOf(name).getConnection()) {
                                await(together);
                                DatabaseProvisioning.ownSchema(connection, "raced", ROLE);
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        instances));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } finally {
            instances.shutdown();
        }
        try (Connection connection = TestDatabase.administratorOf(name).getConnection();
                Statement statement = connection.createStatement();
                var owner = statement.executeQuery(
                        "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'raced'")) {
            assertThat(owner.next()).isTrue();
            assertThat(owner.getString(1)).isEqualTo(ROLE);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void dropTheDatabase() throws SQLException {
        try (Connection connection = TestDatabase.administratorOf("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("DROP ROLE IF EXISTS " + ROLE);
        }
    }
}
