package org.tracseq.auth.it;

import static org.tracseq.auth.it.AuthFixture.adminToken;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/** AU-4: the audit log refuses UPDATE, DELETE and TRUNCATE in the database itself (refuse_rewrite()). */
class AuditEventsAppendOnlyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        // A login is audited, so the table has a row for the row triggers to refuse.
        adminToken();
    }

    @Test
    void auditEventsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("auth.audit_events", "detail");
    }
}
