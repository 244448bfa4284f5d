package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What happened to a sample is never rewritten: lineage, status history and audit trail refuse
 * UPDATE, DELETE and TRUNCATE in the database itself (the platform's {@code refuse_rewrite()}),
 * whoever connects.
 */
class AppendOnlyIT {

    /** A parent and its aliquot: rows in each of the three tables. */
    @BeforeAll
    static void aSampleWithAChild() {
        TracSeqServer.awaitReady();
        String token = SamplesFixture.token();
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "100"));
        int status = api().body("""
                {"volume": {"value": 5, "unit": "ul"}, "barcode": "%s"}""".formatted(barcode(token, 2)))
                .post("/" + parent + "/aliquots")
                .statusCode();
        assertThat(status).isEqualTo(201);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        AppendOnlyTables.assertAppendOnly("samples.sample_audit", "reason");
    }

    @Test
    void theStatusHistoryIsAppendOnly() {
        AppendOnlyTables.assertAppendOnly("samples.sample_status_history", "reason");
    }

    @Test
    void lineageIsAppendOnly() {
        AppendOnlyTables.assertAppendOnly("samples.sample_lineage", "relation");
    }
}
