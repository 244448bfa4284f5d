package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.contract.barcodes.client.BarcodesApi;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.client.StatusApi;
import org.tracseq.contract.samples.model.Sample;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.contract.samples.model.SampleStatus;
import org.tracseq.contract.samples.model.SampleType;
import org.tracseq.contract.samples.model.StatusChange;
import org.tracseq.contract.samples.model.StatusChangeRequest;
import org.tracseq.contract.samples.model.Volume;
import org.tracseq.contract.samples.model.VolumeUnit;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The whole system through the gateway of the all-in-one server, driven by the clients generated
 * from the contracts, exactly as an SDK user would.
 */
@MicroShedTest
class SystemIT {
    private static SamplesApi samples;
    private static StatusApi statuses;
    private static BarcodesApi barcodes;

    @BeforeAll
    static void connect() {
        TracSeqServer.awaitReady();
        // Generated clients carry their service's path (/samples, /barcodes); the gateway adds /api in front.
        String api = TracSeqServer.rootUrl() + "/api";
        samples = RestClients.create(SamplesApi.class, api, Duration.ofSeconds(2), Duration.ofSeconds(30));
        statuses = RestClients.create(StatusApi.class, api, Duration.ofSeconds(2), Duration.ofSeconds(30));
        barcodes = RestClients.create(BarcodesApi.class, api, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @Test
    void everyServiceIsUpBehindTheGateway() {
        Response health = TracSeqServer.request().get("/api/health").andReturn();
        assertThat(health.statusCode()).as(health.asString()).isEqualTo(200);
        assertThat(health.jsonPath().getString("services.samples.status")).isEqualTo("UP");
        assertThat(health.jsonPath().getString("services.barcodes.status")).isEqualTo("UP");
    }

    @Test
    void aSampleGetsAValidBarcodeMovesThroughItsLifeAndIsExported() {
        Sample sample = samples.createSample(new SampleCreate().name("System test gDNA").type(SampleType.DNA)
                .initialVolume(new Volume().value(new BigDecimal("50")).unit(VolumeUnit.UL)), null);

        assertThat(sample.getStatus()).isEqualTo(SampleStatus.PENDING);
        assertThat(sample.getBarcode()).startsWith("TS-DNA-");
        assertThat(barcodes.validateBarcode(sample.getBarcode()).getValid()).isTrue();

        List<SampleStatus> life = List.of(SampleStatus.VALIDATED, SampleStatus.IN_STORAGE,
                SampleStatus.IN_SEQUENCING, SampleStatus.COMPLETED, SampleStatus.ARCHIVED);
        for (SampleStatus next : life) {
            Sample changed = statuses.changeSampleStatus(sample.getId(),
                    new StatusChangeRequest().status(next).reason("system test: " + next));
            assertThat(changed.getStatus()).isEqualTo(next);
        }

        List<StatusChange> history = statuses.getSampleStatusHistory(sample.getId());
        assertThat(history).extracting(StatusChange::getTo).containsSubsequence(life);
        assertThat(history).last().satisfies(last -> {
            assertThat(last.getFrom()).isEqualTo(SampleStatus.COMPLETED);
            assertThat(last.getReason()).isEqualTo("system test: archived");
            assertThat(last.getActor()).isNotBlank();
        });

        String csv = samples.exportSamples(null, null, sample.getBarcode(), null, null, null);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(sample.getBarcode(), sample.getId().toString(), "archived");
    }

    @Test
    void fiftyConcurrentCreationsGetFiftyDistinctValidBarcodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<String>> creations = IntStream.range(0, 50).<Callable<String>>mapToObj(i -> () ->
                    samples.createSample(new SampleCreate().name("Concurrent " + i).type(SampleType.RNA), null)
                            .getBarcode()).toList();
            List<String> issued = pool.invokeAll(creations).stream().map(SystemIT::get).toList();
            assertThat(issued).doesNotHaveDuplicates().hasSize(50)
                    .allSatisfy(barcode -> assertThat(barcodes.validateBarcode(barcode).getValid()).isTrue());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aServicesProblemReachesTheClientUnchanged() {
        Response response = TracSeqServer.request().body("{\"name\": \"x\", \"type\": \"plasmid\"}")
                .post("/api/samples/").andReturn();
        assertProblem(response, 400);
        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a concurrent creation failed", e);
        }
    }
}
