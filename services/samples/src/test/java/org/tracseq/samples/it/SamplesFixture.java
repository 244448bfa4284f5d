package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the samples integration tests share: requests against the running service, unique names and
 * barcodes per test (the database outlives test runs and may be shared), and database counts scoped
 * to what one test wrote.
 */
final class SamplesFixture {
    private SamplesFixture() {}

    /** Who the tests act as: a principal investigator may do everything this service offers. */
    static final Role USER = Role.PRINCIPAL_INVESTIGATOR;

    static RequestSpecification api() {
        return TracSeqServer.requestAs(USER);
    }

    /** A token no other test run uses; names and barcodes derived from it are unique. */
    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    static String barcode(String token, int n) {
        return "IT-" + token + "-" + n;
    }

    /** Registers a DNA sample with its own barcode and the given volume in µL; returns the response (201). */
    static Response create(String name, String barcode, String volumeUl) {
        Response response = api().body("""
                {"name": "%s", "type": "dna", "barcode": "%s",
                 "initialVolume": {"value": %s, "unit": "ul"}}""".formatted(name, barcode, volumeUl)).post("/");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response;
    }

    static String createId(String name, String barcode, String volumeUl) {
        return create(name, barcode, volumeUl).jsonPath().getString("id");
    }

    /** Moves a registered sample to validated (SM-STATUS), so it gives material (SM-1); returns its id. */
    static String validated(String id) {
        Response response = api().body("{\"status\": \"validated\"}").post("/" + id + "/status");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return id;
    }

    static long samplesNamedLike(String token) {
        return TestDatabase.queryLong("SELECT count(*) FROM samples.samples WHERE name LIKE ?", "%" + token + "%");
    }

    static long samplesWithBarcodeLike(String token) {
        return TestDatabase.queryLong("SELECT count(*) FROM samples.samples WHERE barcode LIKE ?", "%" + token + "%");
    }

    static long auditRows(String sampleId) {
        return TestDatabase.queryLong("SELECT count(*) FROM samples.sample_audit WHERE sample_id = ?::uuid", sampleId);
    }

    static long historyRows(String sampleId) {
        return TestDatabase.queryLong(
                "SELECT count(*) FROM samples.sample_status_history WHERE sample_id = ?::uuid", sampleId);
    }

    static long children(String parentId) {
        return TestDatabase.queryLong(
                "SELECT count(*) FROM samples.sample_lineage WHERE parent_id = ?::uuid", parentId);
    }

    /** Rows in every table of the service, for "nothing changed" checks across many samples. */
    static List<Long> allRows() {
        return Stream.of("samples", "sample_audit", "sample_status_history", "sample_lineage")
                .map(table -> TestDatabase.countRows("samples." + table))
                .toList();
    }

    /** Everything the database holds about one sample, as one comparable line. */
    static String rowOf(String sampleId) {
        return TestDatabase.queryLong("SELECT count(*) FROM samples.samples WHERE id = ?::uuid", sampleId) + "|"
                + queryText(
                        "SELECT concat_ws('|', barcode, name, type, status, description, initial_volume, "
                                + "available_volume, volume_unit, concentration, metadata, updated_at) FROM samples.samples "
                                + "WHERE id = ?::uuid",
                        sampleId)
                + "|audit=" + auditRows(sampleId) + "|history=" + historyRows(sampleId)
                + "|children=" + children(sampleId);
    }

    private static String queryText(String sql, String parameter) {
        try (var connection = TestDatabase.connect();
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : "none";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
