package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.contract.auth.client.TokensApi;
import org.tracseq.contract.auth.client.UsersApi;
import org.tracseq.contract.auth.model.LoginRequest;
import org.tracseq.contract.auth.model.Role;
import org.tracseq.contract.auth.model.RoleChange;
import org.tracseq.contract.auth.model.TokenResponse;
import org.tracseq.contract.auth.model.UserCreate;
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
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The whole system through the gateway of the all-in-one server, driven by the clients generated
 * from the contracts, exactly as an SDK user would: the first administrator (from configuration)
 * creates a lab technician, who logs in and works with samples.
 */
@MicroShedTest
class SystemIT {
    private static final String PASSWORD = "Pipette-Glacier-Mosaic-19!";
    // Generated clients carry their service's path (/samples, /barcodes); the gateway adds /api in front.
    private static final String API = TracSeqServer.rootUrl() + "/api";

    private static String admin;
    private static String technician;
    private static SamplesApi samples;
    private static StatusApi statuses;
    private static BarcodesApi barcodes;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        admin = login(System.getProperty("its.admin.username"), System.getProperty("its.admin.password"))
                .getAccessToken();
        technician = newUser(Role.LAB_TECHNICIAN);
        String token = login(technician, PASSWORD).getAccessToken();
        samples = client(SamplesApi.class, token);
        statuses = client(StatusApi.class, token);
        barcodes = client(BarcodesApi.class, token);
    }

    /** A new user of {@code role} created by the administrator; returns the username. */
    private static String newUser(Role role) {
        String username = role.toString().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        client(UsersApi.class, admin)
                .createUser(new UserCreate()
                        .username(username)
                        .password(PASSWORD)
                        .fullName("System Test " + role)
                        .email(username + "@lab.example.org")
                        .role(role));
        return username;
    }

    private static TokenResponse login(String username, String password) {
        return RestClients.create(TokensApi.class, API, Duration.ofSeconds(2), Duration.ofSeconds(30))
                .login(new LoginRequest().username(username).password(password));
    }

    private static <T> T client(Class<T> api, String accessToken) {
        return RestClients.create(api, API, Duration.ofSeconds(2), Duration.ofSeconds(30), accessToken);
    }

    @Test
    void everyServiceIsUpBehindTheGateway() {
        Response health = TracSeqServer.request().get("/api/health").andReturn();
        assertThat(health.statusCode()).as(health.asString()).isEqualTo(200);
        assertThat(health.jsonPath().getString("services.auth.status")).isEqualTo("UP");
        assertThat(health.jsonPath().getString("services.samples.status")).isEqualTo("UP");
        assertThat(health.jsonPath().getString("services.storage.status")).isEqualTo("UP");
        assertThat(health.jsonPath().getString("services.barcodes.status")).isEqualTo("UP");
    }

    @Test
    void everyServiceDeclaresItsDatabaseInItsReadiness() {
        Response ready =
                RestAssured.get(TracSeqServer.managementUrl() + "/health/ready").andReturn();
        assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
        assertThat(ready.jsonPath().getList("checks.findAll { it.status == 'UP' }.name", String.class))
                .contains("database:auth", "database:samples", "database:barcodes", "database:storage");
    }

    @Test
    void aSampleGetsAValidBarcodeMovesThroughItsLifeAndIsExported() {
        Sample sample = samples.createSample(
                new SampleCreate()
                        .name("System test gDNA")
                        .type(SampleType.DNA)
                        .initialVolume(new Volume().value(new BigDecimal("50")).unit(VolumeUnit.UL)),
                null);

        assertThat(sample.getStatus()).isEqualTo(SampleStatus.PENDING);
        assertThat(sample.getCreatedBy()).isEqualTo(technician);
        assertThat(sample.getBarcode()).startsWith("TS-DNA-");
        assertThat(barcodes.validateBarcode(sample.getBarcode()).getValid()).isTrue();

        List<SampleStatus> life = List.of(
                SampleStatus.VALIDATED,
                SampleStatus.IN_STORAGE,
                SampleStatus.IN_SEQUENCING,
                SampleStatus.COMPLETED,
                SampleStatus.ARCHIVED);
        for (SampleStatus next : life) {
            Sample changed = statuses.changeSampleStatus(
                    sample.getId(), new StatusChangeRequest().status(next).reason("system test: " + next));
            assertThat(changed.getStatus()).isEqualTo(next);
        }

        List<StatusChange> history = statuses.getSampleStatusHistory(sample.getId());
        assertThat(history).extracting(StatusChange::getTo).containsSubsequence(life);
        assertThat(history).last().satisfies(last -> {
            assertThat(last.getFrom()).isEqualTo(SampleStatus.COMPLETED);
            assertThat(last.getReason()).isEqualTo("system test: archived");
            assertThat(last.getActor()).isEqualTo(technician);
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
            List<Callable<String>> creations = IntStream.range(0, 50)
                    .<Callable<String>>mapToObj(i -> () -> samples.createSample(
                                    new SampleCreate().name("Concurrent " + i).type(SampleType.RNA), null)
                            .getBarcode())
                    .toList();
            List<String> issued =
                    pool.invokeAll(creations).stream().map(SystemIT::get).toList();
            assertThat(issued)
                    .doesNotHaveDuplicates()
                    .hasSize(50)
                    .allSatisfy(barcode -> assertThat(
                                    barcodes.validateBarcode(barcode).getValid())
                            .isTrue());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLogoutStopsTheTokenAtTheGatewayAtOnce() {
        TokenResponse session = login(technician, PASSWORD);
        SamplesApi mine = client(SamplesApi.class, session.getAccessToken());
        assertThat(mine.listSamples(null, null, null, null, null, null, null, 0, 1, null)
                        .getItems())
                .isNotNull();

        client(TokensApi.class, session.getAccessToken()).logout();
        RemoteProblemException refused = catchThrowableOfType(
                RemoteProblemException.class,
                () -> mine.listSamples(null, null, null, null, null, null, null, 0, 1, null));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.getMessage()).contains("revoked");
    }

    /** Here every service also answers at its own context root, beside the gateway: each refuses by itself. */
    @Test
    void aLogoutOrARoleChangeStopsTheTokenAtEveryServicesOwnContextRootAtOnce() {
        String loggedOut = login(technician, PASSWORD).getAccessToken();
        SamplesApi samplesDirectly = direct(SamplesApi.class, loggedOut);
        BarcodesApi barcodesDirectly = direct(BarcodesApi.class, loggedOut);
        assertThat(samplesDirectly
                        .listSamples(null, null, null, null, null, null, null, 0, 1, null)
                        .getItems())
                .isNotNull();
        assertThat(barcodesDirectly.validateBarcode("TS-1")).isNotNull();

        client(TokensApi.class, loggedOut).logout();
        awaitRefused(() -> samplesDirectly.listSamples(null, null, null, null, null, null, null, 0, 1, null));
        awaitRefused(() -> barcodesDirectly.validateBarcode("TS-1"));

        String username = "reassigned-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = client(UsersApi.class, admin)
                .createUser(new UserCreate()
                        .username(username)
                        .password(PASSWORD)
                        .fullName("System Test reassigned")
                        .email(username + "@lab.example.org")
                        .role(Role.LAB_TECHNICIAN))
                .getId();
        SamplesApi reassigned =
                direct(SamplesApi.class, login(username, PASSWORD).getAccessToken());
        assertThat(reassigned
                        .listSamples(null, null, null, null, null, null, null, 0, 1, null)
                        .getItems())
                .isNotNull();

        client(UsersApi.class, admin).changeUserRole(id, new RoleChange().role(Role.GUEST));
        awaitRefused(() -> reassigned.listSamples(null, null, null, null, null, null, null, 0, 1, null));
    }

    /** A 401 problem saying the token was revoked, within a second. */
    private static void awaitRefused(ThrowingCallable call) {
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
            RemoteProblemException refused = catchThrowableOfType(RemoteProblemException.class, call);
            assertThat(refused).isNotNull();
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.getMessage()).contains("revoked");
        });
    }

    /** A client of a service at its own context root, not through the gateway. */
    private static <T> T direct(Class<T> api, String accessToken) {
        return RestClients.create(
                api, TracSeqServer.rootUrl(), Duration.ofSeconds(2), Duration.ofSeconds(30), accessToken);
    }

    @Test
    void aRoleTooLowIsRefusedByTheServiceBehindTheGateway() {
        String guest = login(newUser(Role.GUEST), PASSWORD).getAccessToken();
        Response create = TracSeqServer.request()
                .header("Authorization", "Bearer " + guest)
                .body("{\"name\": \"x\", \"type\": \"dna\"}")
                .post("/api/samples/")
                .andReturn();
        assertThat(assertProblem(create, 403).jsonPath().getString("detail")).contains("research_scientist");
        assertProblem(
                TracSeqServer.request()
                        .header("Authorization", "Bearer " + guest)
                        .get("/api/auth/users")
                        .andReturn(),
                403);
        assertThat(TracSeqServer.request()
                        .header("Authorization", "Bearer " + guest)
                        .get("/api/samples")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void withoutATokenNothingPassesTheGateway() {
        assertProblem(TracSeqServer.request().get("/api/samples").andReturn(), 401);
        assertProblem(
                TracSeqServer.request()
                        .get("/api/barcodes/validate?barcode=TS-1")
                        .andReturn(),
                401);
        assertProblem(TracSeqServer.request().get("/api/auth/users").andReturn(), 401);
    }

    @Test
    void aServicesProblemReachesTheClientUnchanged() {
        Response response = TracSeqServer.request()
                .header("Authorization", "Bearer " + login(technician, PASSWORD).getAccessToken())
                .body("{\"name\": \"x\", \"type\": \"plasmid\"}")
                .post("/api/samples/")
                .andReturn();
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
