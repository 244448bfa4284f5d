package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.client.ProblemException;
import org.tracseq.client.TracSeqClient;
import org.tracseq.client.model.FieldError;
import org.tracseq.client.model.IssuedApiKey;
import org.tracseq.client.model.LocationCreate;
import org.tracseq.client.model.LocationKind;
import org.tracseq.client.model.PlacementCreate;
import org.tracseq.client.model.Role;
import org.tracseq.client.model.Sample;
import org.tracseq.client.model.SampleCreate;
import org.tracseq.client.model.SampleStatus;
import org.tracseq.client.model.SampleType;
import org.tracseq.client.model.ServicePrincipalCreate;
import org.tracseq.client.model.Session;
import org.tracseq.client.model.StatusChangeRequest;
import org.tracseq.client.model.StorageState;
import org.tracseq.client.model.StoredSample;
import org.tracseq.client.model.TemperatureZone;
import org.tracseq.client.model.Volume;
import org.tracseq.client.model.VolumeUnit;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The Java SDK (sdk/java, {@code tracseq-client}) against the running system, as its users will
 * drive it: log in, register a sample, store it, read it back; refusals as typed problems; tokens
 * renewed by the SDK itself; a service principal's API key.
 */
@MicroShedTest
class JavaSdkIT {
    private static final MovableClock CLOCK = new MovableClock();

    private static TracSeqClient client;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        client = TracSeqClient.builder()
                .baseUrl(TracSeqServer.rootUrl())
                .login(System.getProperty("its.admin.username"), System.getProperty("its.admin.password"))
                .clock(CLOCK)
                .build();
    }

    @Test
    void registersASampleStoresItAndReadsItBack() {
        UUID box = box();
        Sample sample = client.samples()
                .createSample(
                        new SampleCreate()
                                .name("SDK gDNA")
                                .type(SampleType.DNA)
                                .initialVolume(
                                        new Volume().value(new BigDecimal("50")).unit(VolumeUnit.UL)),
                        null);
        StoredSample placed = validateAndPlaceAtA01(sample, box);

        assertThat(placed.getState()).isEqualTo(StorageState.STORED);
        StoredSample readBack = client.storage().getStoredSample(sample.getId());
        assertThat(readBack.getBarcode()).isEqualTo(sample.getBarcode());
        assertThat(readBack.getPosition().getBoxId()).isEqualTo(box);
        assertThat(readBack.getPosition().getPosition()).isEqualTo("A01");
        // Samples follows storage's event about the placement, moments later.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> client.samples().getSample(sample.getId()).getStatus(), SampleStatus.IN_STORAGE::equals);
    }

    @Test
    void aRefusalIsAProblemExceptionWithItsRuleAndFields() {
        ProblemException invalid = catchThrowableOfType(
                ProblemException.class,
                () -> client.samples().createSample(new SampleCreate().name("").type(SampleType.DNA), null));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errors()).extracting(FieldError::getField).contains("name");

        UUID box = box();
        ProblemException occupied = catchThrowableOfType(ProblemException.class, () -> {
            for (int i = 0; i < 2; i++) {
                validateAndPlaceAtA01(
                        client.samples()
                                .createSample(
                                        new SampleCreate()
                                                .name("SDK occupant " + i)
                                                .type(SampleType.DNA),
                                        null),
                        box);
            }
        });
        assertThat(occupied.status()).isEqualTo(409);
        assertThat(occupied.rule()).isEqualTo("ST-3");
    }

    @Test
    void reachesTheGatewaysOwnOperations() {
        assertThat(client.gateway().gatewayHealth().getServices())
                .containsKeys("auth", "samples", "barcodes", "storage");
    }

    @Test
    void wrongCredentialsFailAtBuild() {
        ProblemException refused = catchThrowableOfType(
                ProblemException.class,
                () -> TracSeqClient.builder()
                        .baseUrl(TracSeqServer.rootUrl())
                        .login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "Not-The-Password-1!")
                        .build());
        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void renewsItsTokenWithTheRefreshTokenBeforeItExpires() {
        CLOCK.advance(Duration.ofMinutes(15));

        Session current = client.auth().listOwnSessions(0, 100).getItems().stream()
                .filter(session -> Boolean.TRUE.equals(session.getCurrent()))
                .findFirst()
                .orElseThrow();
        assertThat(current.getLastRefreshedAt()).isNotNull();
    }

    @Test
    void signsInWithAnApiKey() {
        String name = "sdk-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedApiKey issued = client.auth()
                .createServicePrincipal(new ServicePrincipalCreate().name(name).role(Role.LAB_TECHNICIAN));

        TracSeqClient instrument = TracSeqClient.builder()
                .baseUrl(TracSeqServer.rootUrl())
                .apiKey(issued.getApiKey())
                .build();

        Sample registered = instrument
                .samples()
                .createSample(new SampleCreate().name("SDK instrument sample").type(SampleType.RNA), null);
        assertThat(registered.getCreatedBy()).isEqualTo("svc:" + name);
    }

    private static StoredSample validateAndPlaceAtA01(Sample sample, UUID box) {
        client.samples().changeSampleStatus(sample.getId(), new StatusChangeRequest().status(SampleStatus.VALIDATED));
        return client.storage()
                .placeSample(
                        new PlacementCreate()
                                .sampleId(sample.getId())
                                .boxId(box)
                                .position("A01"),
                        null);
    }

    private static UUID box() {
        UUID facility =
                location(new LocationCreate().kind(LocationKind.FACILITY).name("SDK " + UUID.randomUUID()), null);
        UUID room = location(new LocationCreate().kind(LocationKind.ROOM).name("Room"), facility);
        UUID freezer = location(
                new LocationCreate().kind(LocationKind.FREEZER).name("Freezer").zone(TemperatureZone.MINUS_80), room);
        UUID rack = location(new LocationCreate().kind(LocationKind.RACK).name("Rack"), freezer);
        return location(
                new LocationCreate().kind(LocationKind.BOX).name("Box").rows(2).columns(2), rack);
    }

    private static UUID location(LocationCreate location, UUID parent) {
        return client.storage().createLocation(location.parentId(parent), null).getId();
    }

    /** A clock the test moves forward, to bring a token to its renewal without waiting for it. */
    private static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
