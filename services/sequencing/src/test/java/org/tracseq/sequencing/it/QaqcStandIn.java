package org.tracseq.sequencing.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the qaqc service's {@code POST /qaqc/libraries/effective} (QC-4), which is built on
 * another branch, so its WAR cannot run beside this one yet: it answers in qaqc's contract shape
 * from the standings the tests set, libraries it was not told of as {@code unknown}. It listens in
 * the test JVM on {@code its.qaqc.port}, where the server's {@code tracseq.qaqc.url} points (pom).
 * Replace it with the qaqc WAR in the IT server once both are on main.
 */
final class QaqcStandIn {
    private static final Map<UUID, String> STANDINGS = new ConcurrentHashMap<>();
    private static HttpServer server;

    private QaqcStandIn() {}

    /** Answers from now on (once per JVM; again after {@link #stop()}). */
    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(
                    new InetSocketAddress("127.0.0.1", Integer.getInteger("its.qaqc.port", 28084)), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The qaqc stand-in cannot listen", e);
        }
        server.createContext("/qaqc/libraries/effective", exchange -> {
            JsonObject request;
            try (InputStream body = exchange.getRequestBody()) {
                request = Json.createReader(body).readObject();
            }
            JsonArrayBuilder known = Json.createArrayBuilder();
            JsonArrayBuilder unknown = Json.createArrayBuilder();
            request.getJsonArray("libraryIds")
                    .getValuesAs(jakarta.json.JsonString.class)
                    .forEach(id -> {
                        String standing = STANDINGS.get(UUID.fromString(id.getString()));
                        if (standing == null) {
                            unknown.add(id.getString());
                        } else {
                            known.add(Json.createObjectBuilder()
                                    .add("libraryId", id.getString())
                                    .add("sampleId", UUID.randomUUID().toString())
                                    .add("effective", standing)
                                    .add(
                                            "reasons",
                                            "fail".equals(standing)
                                                    ? Json.createArrayBuilder().add("concentration: fail (4.2 ng/uL)")
                                                    : Json.createArrayBuilder()));
                        }
                    });
            byte[] answer = Json.createObjectBuilder()
                    .add("libraries", known)
                    .add("unknown", unknown)
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** qaqc is unavailable until {@link #start()}. */
    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    static void judge(UUID libraryId, String standing) {
        STANDINGS.put(libraryId, standing);
    }
}
