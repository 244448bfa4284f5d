package org.tracseq.barcodes.it;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** What the barcodes ITs share: fresh prefixes so each run starts its own sequences, and row counts. */
final class Fixtures {
    static final String BARCODES_TABLE = "barcodes.barcodes";
    static final String SEQUENCES_TABLE = "barcodes.barcode_sequences";

    private Fixtures() {}

    /** A prefix no earlier run used (26^6 of them), so its sequence starts at 000001 today. */
    static String freshPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            prefix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return prefix.toString();
    }

    /** Signed in as a lab technician, who may do everything this service offers. */
    static RequestSpecification api() {
        return TracSeqServer.requestAs(Role.LAB_TECHNICIAN);
    }

    static Response generate(String body) {
        return api().body(body).post("/generate").andReturn();
    }

    static Response reserve(String body) {
        return api().body(body).post("/reservations").andReturn();
    }

    static List<String> barcodes(Response batch) {
        return batch.jsonPath().getList("barcodes.barcode", String.class);
    }

    /** Pretends {@code prefix} already used sequence numbers up to {@code lastValue} on {@code day}. */
    static void setLastSequence(String prefix, LocalDate day, int lastValue) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + SEQUENCES_TABLE + " (prefix, day, last_value) VALUES (?, ?, ?)")) {
            insert.setString(1, prefix);
            insert.setObject(2, day);
            insert.setInt(3, lastValue);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of both tables, to prove a refused request wrote nothing. */
    static List<Long> rowCounts() {
        return List.of(TestDatabase.countRows(BARCODES_TABLE), TestDatabase.countRows(SEQUENCES_TABLE));
    }
}
