package org.tracseq.system.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;
import org.tracseq.platform.testing.wire.WireContract;

/**
 * Runs the bad-input corpus ({@link BadInputs} of every {@link Contracts} operation) through the
 * gateway as a lab administrator, and reports every request that was not refused properly, all in
 * one failure: every answer is one its operation declares (status, headers, body: {@link
 * WireContract}), no 5xx, a 4xx is a problem that names no Java class, and a refused request wrote
 * no row in any service's schema.
 */
class BadInputCorpusIT {
    private static final String PASSWORD = "Pipette-Glacier-Mosaic-19!";
    // A class name or a stack trace in an answer: the user learns nothing, an attacker learns the stack.
    private static final Pattern IMPLEMENTATION =
            Pattern.compile("\\b(?:org|java|jakarta|com)\\.[a-z]+\\.[\\w.$]*|\\w*Exception");
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(0[0-9A-Fa-f]|1[0-9A-Fa-f]|7[Ff])");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static String token;
    private static final Map<String, String> fixtures = new HashMap<>();

    /**
     * A lab administrator of the corpus's own, so what the corpus might do to its account (a changed
     * password, a lockout) touches no other test; and things that exist for the ids the corpus sends.
     */
    @BeforeAll
    static void fixtures() {
        TracSeqServer.awaitReady();
        String admin = login(System.getProperty("its.admin.username"), System.getProperty("its.admin.password"));
        token = login(newUser(admin, "lab_administrator").get("username"), PASSWORD);
        // Its own password, so a password change fails on the one bad member, not as a wrong password.
        fixtures.put("currentPassword", PASSWORD);
        fixtures.put("userId", newUser(token, "lab_technician").get("id"));
        Response sample = created("/api/samples/", "{\"name\": \"Corpus sample\", \"type\": \"dna\"}");
        fixtures.put("sampleId", sample.path("id"));
        fixtures.put("barcode", sample.path("barcode"));
        fixtures.put(
                "samples.parentId",
                created("/api/samples/", "{\"name\": \"Corpus parent\", \"type\": \"dna\"}")
                        .path("id"));
        String location = created("/api/storage/locations", "{\"kind\": \"facility\", \"name\": \"Corpus facility\"}")
                .path("id");
        fixtures.put("locationId", location);
        fixtures.put("storage.parentId", location);
    }

    @Test
    void everyOperationRefusesEveryBadInputWithAProblemAndWritesNothing() throws Exception {
        List<Operation> operations = Contracts.readAll(Path.of(System.getProperty("tracseq.root")));
        BadInputs badInputs = new BadInputs(new ValidValues(fixtures));
        // Deletions last: one the corpus lets through by mistake must not take away the others' fixtures.
        List<BadRequest> corpus = operations.stream()
                .sorted(Comparator.comparing(operation -> operation.method().equals("delete")))
                .flatMap(operation -> badInputs.of(operation).stream())
                .toList();
        List<String> services =
                operations.stream().map(Operation::service).distinct().toList();
        assertThat(services).as("contracts read").contains("auth", "samples", "barcodes", "storage");

        Map<String, List<String>> failures = new TreeMap<>();
        try (RowCounts rowCounts = RowCounts.of(services)) {
            Map<String, Long> before = rowCounts.snapshot();
            int unanswered = 0;
            for (BadRequest request : corpus) {
                try {
                    HttpResponse<String> response = send(request);
                    Map<String, Long> after = rowCounts.snapshot();
                    judge(request, response, RowCounts.differences(before, after), failures);
                    before = after;
                    unanswered = 0;
                } catch (IOException e) {
                    failures.computeIfAbsent("0. no answer", k -> new ArrayList<>())
                            .add(request.operation().label() + " | " + request.mutation() + " | " + e);
                    // A server that stopped answering altogether: the rest of the list would say nothing new.
                    assertThat(++unanswered).as(report(failures)).isLessThan(10);
                }
            }
        }
        int count = failures.values().stream().mapToInt(List::size).sum();
        assertThat(failures)
                .as(
                        "%d of %d corpus requests (%d operations) not refused properly:%n%s",
                        count, corpus.size(), operations.size(), report(failures))
                .isEmpty();
    }

    /** Files the request under every rule it broke. */
    private static void judge(
            BadRequest request,
            HttpResponse<String> response,
            List<String> written,
            Map<String, List<String>> failures) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String line = String.format(
                "%s | %s | %d | %s", request.operation().label(), request.mutation(), status, excerpt(response.body()));
        List<String> violations = WireContract.violations(WireContract.Exchange.of(response));
        if (!violations.isEmpty() && !refusedByTheContainer(request, status)) {
            failures.computeIfAbsent("6. answer not as its contract declares it", k -> new ArrayList<>())
                    .add(line + " | " + String.join("; ", violations));
        }
        if (status >= 500) {
            failures.computeIfAbsent("1. server error (5xx)", k -> new ArrayList<>())
                    .add(line);
        } else if (status < 400) {
            if (request.mustRefuse()) {
                failures.computeIfAbsent("2. accepted although the contract forbids it", k -> new ArrayList<>())
                        .add(line);
            }
            return;
        }
        if (!contentType.startsWith("application/problem+json") && !refusedByTheContainer(request, status)) {
            failures.computeIfAbsent("3. refused without application/problem+json", k -> new ArrayList<>())
                    .add(line + " | " + contentType);
        }
        Matcher implementation = IMPLEMENTATION.matcher(response.body());
        if (implementation.find()) {
            failures.computeIfAbsent("4. answer names Java classes or exceptions", k -> new ArrayList<>())
                    .add(line + " | names " + implementation.group());
        }
        if (!written.isEmpty()) {
            failures.computeIfAbsent("5. refused but wrote rows", k -> new ArrayList<>())
                    .add(line + " | " + written);
        }
    }

    /**
     * Liberty refuses an encoded control character in a path (CWWWC0005I) before any application
     * sees the request, with a 400 of its own that no TracSeq code can shape: a known gap,
     * written down in docs/security.md. The 400 is still required.
     */
    private static boolean refusedByTheContainer(BadRequest request, int status) {
        String path = request.target().split("\\?", 2)[0];
        return status == 400 && ENCODED_CONTROL.matcher(path).find();
    }

    private static HttpResponse<String> send(BadRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + request.target()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .method(
                        request.operation().method().toUpperCase(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String report(Map<String, List<String>> failures) {
        return failures.entrySet().stream()
                .map(group -> group.getKey() + " (" + group.getValue().size() + ")\n  "
                        + String.join("\n  ", group.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The start of an answer on one line, control characters shown as escapes. */
    private static String excerpt(String body) {
        String shown = body.length() > 160 ? body.substring(0, 160) + "..." : body;
        return shown.chars()
                .mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** Waits out a 503: the gateway can be ready a moment before the auth application behind it. */
    private static String login(String username, String password) {
        Response response = await("auth behind the gateway")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> TracSeqServer.request()
                                .body(Json.write(Map.of("username", username, "password", password)))
                                .post("/api/auth/login")
                                .andReturn(),
                        answer -> answer.statusCode() != 503);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.path("accessToken");
    }

    private static Map<String, String> newUser(String creator, String role) {
        String username = "corpus-" + role.replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Response response = TracSeqServer.request()
                .header("Authorization", "Bearer " + creator)
                .body(Json.write(Map.of(
                        "username", username,
                        "password", PASSWORD,
                        "fullName", "Corpus " + role,
                        "email", username + "@lab.example.org",
                        "role", role)))
                .post("/api/auth/users")
                .andReturn();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return Map.of("username", username, "id", response.path("id"));
    }

    private static Response created(String path, String body) {
        Response response = TracSeqServer.request()
                .header("Authorization", "Bearer " + token)
                .body(body)
                .post(path)
                .andReturn();
        assertThat(response.statusCode()).as("%s %s", path, response.asString()).isEqualTo(201);
        return response;
    }
}
