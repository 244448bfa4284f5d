package org.tracseq.gateway.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * nginx as a plain reverse proxy in front of the same service: no token check, no rate limit, no
 * access log, kept-alive upstream connections. It is the floor for any proxy on the benchmark's
 * machine, the cost of one more hop done by a program written for nothing else (Kong runs on it).
 * Used when {@code nginx} is on the PATH or in /usr/sbin ({@code apt-get install nginx-light}); skipped
 * otherwise.
 */
final class NginxReference implements AutoCloseable {
    private final Process nginx;
    private final int port;
    private final Path dir;

    private NginxReference(Process nginx, int port, Path dir) {
        this.nginx = nginx;
        this.port = port;
        this.dir = dir;
    }

    /** Starts nginx on {@code port} proxying {@code /api/barcodes/} to the service, if it is installed. */
    static Optional<NginxReference> start(int port, int servicePort, Path workDir) throws IOException {
        Optional<Path> binary = Stream.of(System.getenv("PATH").split(":"), new String[] {"/usr/sbin"})
                .flatMap(Stream::of).map(dir -> Path.of(dir, "nginx")).filter(Files::isExecutable).findFirst();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(workDir.resolve("nginx").toAbsolutePath());
        // As many workers as cores, as nginx is deployed; the master stays in the foreground so the
        // benchmark owns it, and its CPU time includes its workers'.
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
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
                        }
                    }
                }
                """.formatted(dir, port, servicePort));
        Process process = new ProcessBuilder(binary.get().toString(), "-p", dir.toString(), "-c", "nginx.conf")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        NginxReference reference = new NginxReference(process, port, dir);
        try {
            await().atMost(Duration.ofSeconds(10)).until(reference::listening);
        } catch (RuntimeException notListening) {
            reference.close();
            throw notListening;
        }
        return Optional.of(reference);
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
        return processes().map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
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
