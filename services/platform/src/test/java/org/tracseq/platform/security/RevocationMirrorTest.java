package org.tracseq.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.ProblemException;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.params.ClientKillParams;

/**
 * The copy of the revocation list every service keeps, against the machine's Redis (127.0.0.1:6379):
 * AU-3's "revoked at once" in every service, not only where Redis is asked per request.
 */
class RevocationMirrorTest {
    private static final HostAndPort REDIS = new HostAndPort("127.0.0.1", 6379);
    private static final Duration HEARTBEAT = Duration.ofMillis(200);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private RedisClient redis;

    @BeforeEach
    void connect() {
        redis = opened(RedisClient.create(REDIS));
    }

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void AU3_aRevocationReachesAnotherSubscriberWithinOneSecond() {
        RevocationMirror mirror = started(uniqueName());
        String key = RevocationList.SESSION_KEY + UUID.randomUUID();
        assertThat(mirror.isRevoked(List.of(key))).isFalse();

        RevocationList.write(redis, List.of(key), Duration.ofMinutes(15));

        await("revocation seen").atMost(Duration.ofSeconds(1)).until(() -> mirror.isRevoked(List.of(key)));
    }

    @Test
    void AU3_aStartingCopyLoadsWhatIsAlreadyListedAndAnswersFromMemory() {
        String session = RevocationList.SESSION_KEY + UUID.randomUUID();
        String subject = RevocationList.SUBJECT_KEY + UUID.randomUUID();
        redis.setex(session, 900, "1");
        redis.setex(subject, 900, "1");

        RevocationMirror mirror = started(uniqueName());
        redis.del(session, subject); // unannounced: only the loaded copy still knows them

        assertThat(mirror.isRevoked(List.of(RevocationList.SUBJECT_KEY + "someone-else", session)))
                .isTrue();
        assertThat(mirror.isRevoked(List.of(subject))).isTrue();
        assertThat(mirror.isRevoked(List.of(RevocationList.SESSION_KEY + UUID.randomUUID())))
                .isFalse();
    }

    @Test
    void anEntryLapsesWhenItsTimeToLiveDoes() {
        RevocationMirror mirror = started(uniqueName());
        String key = RevocationList.SESSION_KEY + UUID.randomUUID();

        RevocationList.write(redis, List.of(key), Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(1)).until(() -> mirror.isRevoked(List.of(key)));
        await("entry lapsed")
                .atMost(Duration.ofSeconds(3))
                .until(() -> !mirror.isRevoked(List.of(key)) && mirror.isCurrent());
    }

    @Test
    void AU3_aLostSubscriptionIsLoadedAgainWithWhatWasMissed() {
        String name = uniqueName();
        RevocationMirror mirror = started(name);
        String missed = RevocationList.SESSION_KEY + UUID.randomUUID();

        try (Jedis admin = new Jedis(REDIS)) {
            admin.clientKill(ClientKillParams.clientKillParams().id(clientId(admin, name)));
        }
        redis.setex(missed, 900, "1"); // written while the subscription is down: never announced to it
        await("link loss noticed").atMost(Duration.ofSeconds(2)).until(() -> !mirror.isCurrent());
        assertThat(mirror.isRevoked(List.of(missed)))
                .as("asked of Redis while not current")
                .isTrue();

        await("reloaded").atMost(Duration.ofSeconds(3)).until(mirror::isCurrent);
        redis.del(missed);
        assertThat(mirror.isRevoked(List.of(missed)))
                .as("from the reloaded copy")
                .isTrue();
    }

    @Test
    void beforeItIsLoadedRedisIsAskedDirectly() {
        RevocationMirror notStarted = opened(mirror(uniqueName()));
        String key = RevocationList.SUBJECT_KEY + UUID.randomUUID();
        assertThat(notStarted.isRevoked(List.of(key))).isFalse();

        redis.setex(key, 900, "1");

        assertThat(notStarted.isCurrent()).isFalse();
        assertThat(notStarted.isRevoked(List.of(key))).isTrue();
    }

    @Test
    void whenRedisCannotBeReachedTheAnswerIs503NotAGuess() {
        HostAndPort nowhere = new HostAndPort("127.0.0.1", unusedPort());
        RedisClient unreachable = opened(RedisClient.builder()
                .hostAndPort(nowhere)
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(200)
                        .socketTimeoutMillis(200)
                        .build())
                .build());
        RevocationMirror mirror = opened(new RevocationMirror(
                unreachable,
                () -> new Jedis(
                        nowhere,
                        DefaultJedisClientConfig.builder()
                                .protocol(RedisProtocol.RESP2)
                                .build()),
                Executors.defaultThreadFactory(),
                scheduler,
                Clock.systemUTC(),
                HEARTBEAT));
        mirror.start();

        assertThat(mirror.isCurrent()).isFalse();
        assertThatThrownBy(() -> mirror.isRevoked(List.of(RevocationList.SUBJECT_KEY + "anyone")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.retryAfterSeconds()).hasValue(1);
                });
    }

    @Test
    void closingEndsTheSubscription() {
        String name = uniqueName();
        RevocationMirror mirror = started(name);
        try (Jedis admin = new Jedis(REDIS)) {
            assertThat(clientId(admin, name)).isNotBlank();

            mirror.close();

            assertThat(mirror.isCurrent()).isFalse();
            await("subscriber gone")
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> !admin.clientList().contains("name=" + name + " "));
        }
    }

    private RevocationMirror started(String clientName) {
        RevocationMirror mirror = opened(mirror(clientName));
        mirror.start();
        await("loaded").atMost(Duration.ofSeconds(2)).until(mirror::isCurrent);
        return mirror;
    }

    private RevocationMirror mirror(String clientName) {
        return new RevocationMirror(
                redis,
                () -> new Jedis(
                        REDIS,
                        DefaultJedisClientConfig.builder()
                                .clientName(clientName)
                                .build()),
                Executors.defaultThreadFactory(),
                scheduler,
                Clock.systemUTC(),
                HEARTBEAT);
    }

    private <T extends AutoCloseable> T opened(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static String clientId(Jedis admin, String clientName) {
        return admin.clientList()
                .lines()
                .filter(line -> line.contains(" name=" + clientName + " "))
                .map(line -> line.substring("id=".length(), line.indexOf(' ')))
                .findFirst()
                .orElseThrow();
    }

    private static String uniqueName() {
        return "revocation-test-" + UUID.randomUUID();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
