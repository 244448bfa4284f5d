package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * QC history is never rewritten: definitions (every version), results, verifications and imports
 * refuse UPDATE, DELETE and TRUNCATE in the database itself (the platform's {@code refuse_rewrite()}).
 */
class AppendOnlyIT {
    @BeforeAll
    static void oneOfEach() {
        TracSeqServer.awaitReady();
        QcFixture.Known sample = QcFixture.sample("dna");
        String result = QcFixture.recordedId(sample.barcode(), "a260_280", "1.9");
        assertThat(QcFixture.verify(QcFixture.VERIFIER, result).statusCode()).isEqualTo(200);
        String file = "Sample Name,260/280\n" + sample.barcode() + ",1.85\n";
        assertThat(QcFixture.as(Role.LAB_TECHNICIAN)
                        .body(Map.of("format", "nanodrop", "content", file))
                        .post("/imports")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void definitionsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("qaqc.metric_definitions", "reason");
    }

    @Test
    void resultsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("qaqc.results", "outcome");
    }

    @Test
    void verificationsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("qaqc.verifications", "note");
    }

    @Test
    void importsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("qaqc.instrument_imports", "file_name");
    }
}
