package org.tracseq.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void theServersDefaultsWhenNothingIsSet() {
        assertThat(Address.postgres(Map.of())).isEqualTo(new Address("127.0.0.1", 5432));
        assertThat(Address.redis(Map.of())).isEqualTo(new Address("127.0.0.1", 6379));
    }

    @Test
    void theSettingsTheServerReads() {
        assertThat(Address.postgres(Map.of("DB_HOST", "db.lab.example.org", "DB_PORT", "6543")))
                .isEqualTo(new Address("db.lab.example.org", 6543));
        assertThat(Address.redis(Map.of("TRACSEQ_REDIS_URL", "redis://localhost:7000")))
                .isEqualTo(new Address("localhost", 7000));
        assertThat(Address.redis(Map.of("TRACSEQ_REDIS_URL", "redis://cache.lab.example.org")))
                .isEqualTo(new Address("cache.lab.example.org", 6379));
    }

    @Test
    void aRedisUrlWithoutAHostIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Address.redis(Map.of("TRACSEQ_REDIS_URL", "6379")))
                .hasMessageContaining("redis://127.0.0.1:6379");
    }

    @Test
    void onlyTheLoopbackIsThisMachine() {
        assertThat(new Address("127.0.0.1", 1).isLoopback()).isTrue();
        assertThat(new Address("localhost", 1).isLoopback()).isTrue();
        assertThat(new Address("::1", 1).isLoopback()).isTrue();
        assertThat(new Address("10.20.30.40", 1).isLoopback()).isFalse();
        assertThat(new Address("0.0.0.0", 1).isLoopback()).isFalse();
    }

    @Test
    void aPortNobodyListensOnDoesNotAnswer() throws Exception {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
            assertThat(new Address("127.0.0.1", port).answers()).isTrue();
        }
        assertThat(new Address("127.0.0.1", port).answers()).isFalse();
    }
}
