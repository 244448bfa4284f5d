package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;
import org.yaml.snakeyaml.Yaml;

/**
 * Every metric that an alert (docker/prometheus/alerts.yml) or a Grafana dashboard
 * (docker/grafana/dashboards) queries is one this server exports: a renamed metric fails here, not
 * as an alert that silently never fires. A labelled counter appears with its first count, so the
 * test first does what counts: requests through the routes, a QC result.
 */
@MicroShedTest
class MetricNamesIT {
    private static final Path DOCKER = Path.of(System.getProperty("tracseq.root"), "docker");

    /** Series Prometheus adds to every scrape itself. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    /**
     * Counters that appear with their first event, which this server cannot be brought to in a short
     * test (a retry, a breaker's refusal, a service's 500, a 429 under the tests' high limits): the
     * gateway test named beside each makes the event and reads the counter by this name.
     */
    private static final Map<String, String> COUNTED_BY_GATEWAY_TESTS = Map.of(
            "tracseq_gateway_retries_total", "GatewayInstancesIT",
            "tracseq_gateway_policy_refusals_total", "GatewayInstancesIT",
            "tracseq_gateway_upstream_errors_total", "GatewayUpstreamErrorsIT",
            "tracseq_gateway_rate_limited_total", "GatewayRateLimitIT");

    private static final Pattern NAME_REGEX = Pattern.compile("__name__=~\"([^\"]+)\"");
    /** Label matchers, ranges and strings: nothing in them is a metric name. */
    private static final Pattern NOT_NAMES = Pattern.compile("\\{[^}]*}|\\[[^]]*]|\"[^\"]*\"");

    private static final Pattern GROUPING =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** A name not followed by "(" (a function) and not starting with a digit (a number, a duration). */
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])[a-zA-Z_:][\\w:]*\\b(?!\\s*\\()");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)");
    private static final Pattern EXPORTED = Pattern.compile("(?m)^(?:# TYPE )?([a-zA-Z_:][\\w:]*)[ {]");

    @BeforeAll
    static void countSomething() {
        TracSeqServer.awaitReady();
        String token = SeededAdmin.logIn();
        // A routed request: the gateway's request counters and its fault tolerance metrics.
        assertThat(SeededAdmin.through(token).get("/samples/?size=1").statusCode())
                .isEqualTo(200);
        // A resource's timers are registered when it is first made, at its first request: one read of
        // each (an unknown id's 404 is enough).
        String unknown = UUID.randomUUID().toString();
        for (String read : List.of(
                "/storage/samples/" + unknown,
                "/library-prep/libraries/" + unknown,
                "/library-prep/plates/" + unknown,
                "/sequencing/runs/" + unknown + "/lane-check")) {
            assertThat(SeededAdmin.through(token).get(read).statusCode())
                    .as(read)
                    .isEqualTo(404);
        }
        // A QC result: qaqc's outcome counter.
        String sample = LabBench.validatedSample(token, "Metric names RNA", "rna");
        await("qaqc records a result of the sample")
                .atMost(Duration.ofSeconds(20))
                .until(() -> SeededAdmin.through(token)
                                .body("""
                                {"subjectKind": "sample", "subjectId": "%s", "metric": "rin", "value": 7.0,
                                 "instrument": "TapeStation 4200"}""".formatted(sample))
                                .post("/qaqc/results")
                                .statusCode()
                        == 201);
    }

    @Test
    void everyMetricTheAlertsAndDashboardsQueryIsExported() {
        Set<String> queried = new TreeSet<>();
        Set<String> queriedPatterns = new TreeSet<>();
        for (String expression : expressions()) {
            names(expression, queried, queriedPatterns);
        }
        queried.removeAll(PROMETHEUS_OWN);
        queried.removeAll(COUNTED_BY_GATEWAY_TESTS.keySet());
        assertThat(queried).as("the names found in the queries").contains("tracseq_gateway_requests_total");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Set<String> exported = exported();
            assertThat(exported).as("/metrics").containsAll(queried);
            for (String pattern : queriedPatterns) {
                assertThat(exported).as("/metrics, a name matching " + pattern).anyMatch(name -> name.matches(pattern));
            }
        });
    }

    /** Every PromQL expression of the alert rules and the dashboards, and the dashboards' variable queries. */
    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        Map<String, Object> rules = new Yaml().load(read(DOCKER.resolve("prometheus/alerts.yml")));
        for (Object group : (List<?>) rules.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                expressions.add((String) ((Map<?, ?>) rule).get("expr"));
            }
        }
        try (Stream<Path> dashboards = Files.list(DOCKER.resolve("grafana/dashboards"))) {
            for (Path dashboard :
                    dashboards.filter(path -> path.toString().endsWith(".json")).toList()) {
                try (JsonReader reader = Json.createReader(Files.newBufferedReader(dashboard))) {
                    collectQueries(reader.readObject(), expressions);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(expressions).as("queries in the alerts and dashboards").hasSizeGreaterThan(10);
        return expressions;
    }

    /** A panel target's {@code expr} and a variable's {@code query}, wherever they nest. */
    private static void collectQueries(JsonValue value, List<String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if ((key.equals("expr") || key.equals("query")) && member instanceof JsonString text) {
                    into.add(text.getString());
                } else {
                    collectQueries(member, into);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> collectQueries(member, into));
        }
    }

    private static void names(String expression, Set<String> names, Set<String> patterns) {
        Matcher regex = NAME_REGEX.matcher(expression);
        while (regex.find()) {
            patterns.add(regex.group(1));
        }
        Matcher variableQuery = LABEL_VALUES.matcher(expression);
        if (variableQuery.find()) {
            names.add(variableQuery.group(1));
            return;
        }
        String bare =
                GROUPING.matcher(NOT_NAMES.matcher(expression).replaceAll(" ")).replaceAll(" ");
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            if (!KEYWORDS.contains(name.group())) {
                names.add(name.group());
            }
        }
    }

    /** The names on /metrics: each family's {@code # TYPE} line and each series' own (a summary's _count, _sum). */
    private static Set<String> exported() {
        Response metrics = RestAssured.get(TracSeqServer.managementUrl() + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        Matcher line = EXPORTED.matcher(metrics.asString());
        while (line.find()) {
            names.add(line.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
