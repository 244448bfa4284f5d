package org.tracseq.quickstart;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Map;

/** Where the server will look for a store, read from the same settings the server reads. */
record Address(String host, int port) {
    private static final int CONNECT_TIMEOUT_MS = 1000;

    /** {@code DB_HOST} and {@code DB_PORT}, with tracseq-database.xml's defaults. */
    static Address postgres(Map<String, String> env) {
        return new Address(
                env.getOrDefault("DB_HOST", "127.0.0.1"), Integer.parseInt(env.getOrDefault("DB_PORT", "5432")));
    }

    /** {@code TRACSEQ_REDIS_URL} (the platform's {@code tracseq.redis.url}), read as the platform's Redis client reads it. */
    static Address redis(Map<String, String> env) {
        URI url = URI.create(env.getOrDefault("TRACSEQ_REDIS_URL", "redis://127.0.0.1:6379"));
        if (url.getHost() == null) {
            throw new IllegalArgumentException(
                    "TRACSEQ_REDIS_URL " + url + " names no host, e.g. redis://127.0.0.1:6379");
        }
        return new Address(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    }

    /** This machine's loopback, the only place the quick start starts a store. */
    boolean isLoopback() {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether something accepts connections there now. */
    boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
