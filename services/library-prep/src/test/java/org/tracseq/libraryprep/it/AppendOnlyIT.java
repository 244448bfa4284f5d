package org.tracseq.libraryprep.it;

import static org.tracseq.libraryprep.it.LibraryPrepFixture.UDI_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.created;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.kitId;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.library;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sample;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.tech;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.token;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The history tables refuse UPDATE, DELETE and TRUNCATE in the database itself (the platform's
 * {@code refuse_rewrite()} trigger): the audit log and the normalisation steps (LB-3).
 */
class AppendOnlyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theAuditLogAndTheNormalisationStepsAreAppendOnly() {
        String id = created(tech().body(library(sample(token(), 1).get(0), kitId(UDI_KIT), "UDI0011", Map.of()))
                        .post("/libraries"))
                .jsonPath()
                .getString("id");
        created(tech().body(Map.of("targetConcentrationNgPerUl", 1)).post("/libraries/" + id + "/normalisations"));
        AppendOnlyTables.assertAppendOnly("library_prep.audit_log", "detail");
        AppendOnlyTables.assertAppendOnly("library_prep.normalisations", "note");
    }
}
