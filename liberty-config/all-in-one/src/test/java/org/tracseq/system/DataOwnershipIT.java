package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Each service owns its data (docs/DESIGN.md): in the all-in-one server's database every service
 * connects as its own role, which owns its schema and everything in it, and is refused at the door
 * of every other service's schema.
 */
class DataOwnershipIT {
    /** Each service's schema, also its role's name after {@code tracseq_} (library-prep's dash becomes _). */
    private static final List<String> SERVICES =
            List.of("auth", "samples", "barcodes", "storage", "events", "library_prep", "qaqc", "sequencing");

    @BeforeAll
    static void serverIsUp() {
        TracSeqServer.awaitReady();
    }

    static List<String> services() {
        return SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void aServicesRoleOwnsItsSchemaAndEverythingInIt(String service) throws SQLException {
        String role = "tracseq_" + service;
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM pg_namespace WHERE nspname = ? AND pg_get_userbyid(nspowner) = ?",
                        service,
                        role))
                .isEqualTo(1);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                + "WHERE n.nspname = ? AND pg_get_userbyid(c.relowner) <> ?",
                        service,
                        role))
                .as("objects in schema %s not owned by %s", service, role)
                .isZero();
        try (Connection own = TestDatabase.connectAs(role);
                Statement statement = own.createStatement()) {
            assertThat(statement
                            .executeQuery("SELECT count(*) FROM " + service + ".flyway_schema_history")
                            .next())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void aServicesRoleCannotReadAnotherServicesSchema(String service) throws SQLException {
        try (Connection own = TestDatabase.connectAs("tracseq_" + service);
                Statement statement = own.createStatement()) {
            for (String other : SERVICES) {
                if (!other.equals(service)) {
                    assertThatThrownBy(
                                    () -> statement.executeQuery("SELECT * FROM " + other + ".flyway_schema_history"))
                            .as("%s reading %s", service, other)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied for schema " + other);
                }
            }
        }
    }
}
