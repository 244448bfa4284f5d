package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The history tables refuse UPDATE, DELETE and TRUNCATE in the database itself (the platform's
 * {@code refuse_rewrite()} trigger): the custody log (ST-8) and the sensor readings (ST-9).
 */
class AppendOnlyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void st8TheCustodyLogIsAppendOnly() {
        List<String> s = sample(token(), 1, "dna");
        Response receipt = tech().body("{\"sampleId\": \"%s\", \"outcome\": \"accepted\"}".formatted(s.get(0)))
                .post("/receipts");
        assertThat(receipt.statusCode()).as(receipt.asString()).isEqualTo(201);
        AppendOnlyTables.assertAppendOnly("storage.events", "note");
    }

    @Test
    void st9TheSensorReadingsAreAppendOnly() {
        String freezer = unit(token(), "freezer", "minus_80").get(2);
        Response reading = tech().body("{\"temperature\": -80}").post("/locations/" + freezer + "/readings");
        assertThat(reading.statusCode()).as(reading.asString()).isEqualTo(201);
        AppendOnlyTables.assertAppendOnly("storage.sensor_readings", "sensor_id");
    }
}
