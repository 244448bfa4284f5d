package org.tracseq.gateway.bench;

import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tracseq.gateway.ratelimit.Limit;
import org.tracseq.gateway.ratelimit.RateLimits;
import org.tracseq.gateway.ratelimit.RouteClass;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.testing.TestTokens;

/**
 * nginx in front of the same service, in one of two ways. {@link #plain}: a reverse proxy and
 * nothing else (no token check, no rate limit, no access log, kept-alive upstream connections), the
 * floor for any proxy on the benchmark's machine, the cost of one more hop done by a program written
 * for nothing else. {@link #withGatewayChecks}: the gateway's per-request work done in nginx with
 * Lua, as Kong does it ({@code nginx-gateway.lua}: the token verified, the revocation list and rate
 * limit in one Redis call of the gateway's own {@code admit.lua} on the gateway's own keys, a
 * request id and an access log line), what the same checks would cost in a hop that is not a Java
 * application. Each is used when what it needs is installed
 * ({@code apt-get install nginx-light libnginx-mod-http-lua lua-cjson}); skipped otherwise.
 */
final class NginxReference implements AutoCloseable {
    private static final Path LUA_MODULE = Path.of("/usr/lib/nginx/modules/ngx_http_lua_module.so");
    private static final Path DEVEL_KIT_MODULE = Path.of("/usr/lib/nginx/modules/ndk_http_module.so");
    private static final Path CJSON = Path.of("/usr/lib/x86_64-linux-gnu/lua/5.1/cjson.so");

    private final Process nginx;
    private final int port;
    private final Path dir;

    private NginxReference(Process nginx, int port, Path dir) {
        this.nginx = nginx;
        this.port = port;
        this.dir = dir;
    }

    /** A plain reverse proxy on {@code port} for {@code /api/barcodes/}, if nginx is installed. */
    static Optional<NginxReference> plain(int port, int servicePort, Path workDir) throws IOException {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(workDir.resolve("nginx").toAbsolutePath());
        return Optional.of(start(binary.get(), dir, port, servicePort, "", "access_log off;", ""));
    }

    /**
     * The same proxy doing the gateway's checks, if nginx and its Lua module are installed.
     *
     * @param verificationKeys the JWK set the gateway verifies tokens with
     * @param limit            the read limit the gateway is given
     */
    static Optional<NginxReference> withGatewayChecks(
            int port, int servicePort, Path workDir, Path verificationKeys, Limit limit) throws IOException {
        Optional<Path> binary = binary();
        if (binary.isEmpty() || !Stream.of(LUA_MODULE, DEVEL_KIT_MODULE, CJSON).allMatch(Files::exists)) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(workDir.resolve("nginx-gateway").toAbsolutePath());
        copyResource("/org/tracseq/gateway/bench/nginx-gateway.lua", dir.resolve("nginx-gateway.lua"));
        copyResource("/org/tracseq/gateway/ratelimit/admit.lua", dir.resolve("admit.lua"));
        Files.writeString(dir.resolve("public-key.pem"), publicKeyPem(verificationKeys));
        String modules = "load_module %s;%nload_module %s;".formatted(DEVEL_KIT_MODULE, LUA_MODULE);
        String http = """
                lua_package_path '%1$s/?.lua;;';
                lua_package_cpath '%2$s/?.so;;';
                init_by_lua_block {
                    require("nginx-gateway").init({
                        public_key_pem = "%1$s/public-key.pem", admit_lua = "%1$s/admit.lua",
                        issuer = "%3$s", audience = "%4$s",
                        limit = %5$d, interval_us = %6$d, period_us = %7$d,
                        rate_limit_key_prefix = "%8$s", revoked_subject_prefix = "%9$s",
                        revoked_session_prefix = "%10$s",
                        redis_host = "127.0.0.1", redis_port = 6379,
                    })
                }
                log_format gateway '$remote_addr "$request" $status $body_bytes_sent $request_time rid=$request_id';
                """.formatted(
                        dir,
                        CJSON.getParent(),
                        TestTokens.ISSUER,
                        TestTokens.AUDIENCE,
                        limit.requests(),
                        limit.intervalMicros(),
                        limit.periodMicros(),
                        RateLimits.key(RouteClass.READ, "sub:"),
                        RevocationList.SUBJECT_KEY,
                        RevocationList.SESSION_KEY);
        String location = """
                access_by_lua_block { require("nginx-gateway").access() }
                proxy_set_header X-Request-Id $request_id;
                proxy_set_header X-Forwarded-Host $http_host;
                proxy_set_header X-Forwarded-Proto $scheme;
                add_header X-Request-Id $request_id always;
                access_log %s/access.log gateway;
                """.formatted(dir);
        return Optional.of(start(binary.get(), dir, port, servicePort, modules, http, location));
    }

    private static Optional<Path> binary() {
        return Stream.of(System.getenv("PATH").split(":"), new String[] {"/usr/sbin"})
                .flatMap(Stream::of)
                .map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static NginxReference start(
            Path binary, Path dir, int port, int servicePort, String mainLines, String httpLines, String locationLines)
            throws IOException {
        // As many workers as cores, as nginx is deployed; the master stays in the foreground so the
        // benchmark owns it, and its CPU time includes its workers'.
        Files.writeString(
                dir.resolve("nginx.conf"), """
                %4$s
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    %5$s
                    upstream barcodes {
                        server 127.0.0.1:%3$d;
                        keepalive 256;
                    }
                    server {
                        listen 127.0.0.1:%2$d;
                        location /api/barcodes/ {
                            proxy_pass http://barcodes/barcodes/;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            %6$s
                        }
                    }
                }
                """.formatted(dir, port, servicePort, mainLines, httpLines, locationLines));
        Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", "nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        NginxReference reference = new NginxReference(process, port, dir);
        try {
            await().atMost(Duration.ofSeconds(10)).until(reference::listening);
        } catch (RuntimeException notListening) {
            reference.close();
            throw notListening;
        }
        return reference;
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = NginxReference.class.getResourceAsStream(name)) {
            Files.copy(Objects.requireNonNull(in, name), to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The first RSA key of a JWK set as PEM, for OpenSSL. */
    private static String publicKeyPem(Path jwks) throws IOException {
        try {
            RSAKey key = JWKSet.load(jwks.toFile()).getKeys().stream()
                    .filter(RSAKey.class::isInstance)
                    .map(RSAKey.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IOException("no RSA key in " + jwks));
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (ParseException | JOSEException e) {
            throw new IOException("unreadable JWK set " + jwks, e);
        }
    }

    private boolean listening() {
        if (!nginx.isAlive()) {
            throw new IllegalStateException("nginx stopped at once; see " + dir.resolve("error.log"));
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    String rootUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The master and its workers, e.g. to pin them to a core. */
    List<Long> pids() {
        return processes().map(ProcessHandle::pid).toList();
    }

    /** CPU time of the master and its workers so far. */
    Duration cpuTime() {
        return processes()
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private Stream<ProcessHandle> processes() {
        return Stream.concat(Stream.of(nginx.toHandle()), nginx.descendants());
    }

    @Override
    public void close() {
        nginx.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        try {
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        } catch (InterruptedException e) {
            nginx.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
