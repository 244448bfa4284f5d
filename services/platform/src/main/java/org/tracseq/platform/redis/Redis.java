package org.tracseq.platform.redis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * The service's Redis client (a connection pool), for services that use Redis. Timeouts are short:
 * every caller has a way to carry on without Redis, which beats waiting for it.
 */
@ApplicationScoped
public class Redis {
    @Inject
    @ConfigProperty(name = "tracseq.redis.url", defaultValue = "redis://127.0.0.1:6379")
    String url;

    @Inject
    @ConfigProperty(name = "tracseq.redis.timeout-ms", defaultValue = "500")
    int timeoutMs;

    /** Connections; a gateway under load needs one per concurrent request's Redis call, not the pool's default 8. */
    @Inject
    @ConfigProperty(name = "tracseq.redis.pool-size", defaultValue = "64")
    int poolSize;

    private RedisClient client;

    @PostConstruct
    void connect() {
        client = RedisClient.builder()
                .hostAndPort(address())
                .clientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(timeoutMs)
                        .socketTimeoutMillis(timeoutMs)
                        .build())
                .poolConfig(pool())
                .build();
    }

    /**
     * A connection outside the pool, for a subscriber: a subscription holds its connection for as
     * long as it listens. The name shows in Redis's {@code CLIENT LIST}.
     */
    public Jedis dedicatedConnection(String clientName) {
        return new Jedis(
                address(),
                DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(timeoutMs)
                        .socketTimeoutMillis(timeoutMs)
                        .clientName(clientName)
                        .protocol(RedisProtocol.RESP2) // the one a Jedis connection speaks; said, not negotiated
                        .build());
    }

    private HostAndPort address() {
        URI uri = URI.create(url);
        return new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    private ConnectionPoolConfig pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        pool.setMaxWait(Duration.ofMillis(timeoutMs)); // an exhausted pool fails like an unreachable Redis
        return pool;
    }

    public UnifiedJedis client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
