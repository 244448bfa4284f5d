package org.tracseq.platform.testing.wire;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tracseq.platform.testing.ContractFiles;

/**
 * Checks a response against the contract of the operation that answered it: its status must be
 * declared, its declared headers present and its body of the declared media type and schema
 * (undeclared fields too are violations). Only responses are checked, never requests: tests send
 * bad input on purpose, and its refusal must still be the declared problem.
 *
 * <p>The contract comes from the request's path: {@code /<service>/...} on a service's own server
 * and {@code /api/<route>/...} through the gateway are checked against {@code openapi/<service>.yaml}
 * (the source files, so a common file they reference is resolved next to them), with the path below
 * it. A gateway route of another name (a second samples route in the gateway's tests) is mapped to
 * its contract by the system property {@code tracseq.contract.routes}, e.g. {@code
 * twosamples=samples}. Each contract is parsed once per JVM.
 */
public final class WireContract {
    /** Liberty's own endpoints at a server's root, which no service contract describes. */
    private static final List<String> LIBERTY = List.of("/health", "/metrics", "/openapi");

    /** The gateway's own endpoints: checked against openapi/gateway.yaml, whose paths are the public ones. */
    private static final List<String> GATEWAY =
            List.of("/api/health", "/api/admin", "/api/dashboard", "/api/openapi", "/api/docs");

    /** What the gateway itself may answer for any route, whatever the route's contract declares. */
    private static final Set<Integer> GATEWAY_REFUSALS = Set.of(429, 503);

    /** A server's management port (tracseq-management.xml) serves only Liberty's own endpoints. */
    private static final int MANAGEMENT_PORT = Integer.getInteger("its.management.port", -1);

    private static final Pattern CONTRACT_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Map<String, String> ROUTES = routes(System.getProperty("tracseq.contract.routes", ""));
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private WireContract() {}

    /** What a test received for a request. */
    public record Exchange(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        /** A response the JDK's HTTP client received. */
        public static Exchange of(HttpResponse<String> response) {
            return new Exchange(
                    response.request().method(),
                    response.request().uri(),
                    response.statusCode(),
                    response.headers().map(),
                    response.body().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return method + " " + uri + " -> " + status;
        }
    }

    /** The operation a request path belongs to: {@code contract}'s {@code path}. */
    record Target(String contract, String path) {}

    /** Fails with every way the response breaks its contract, and the response itself. */
    public static void assertConforms(Exchange exchange) {
        List<String> violations = violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + exchange + " breaks its contract:\n  "
                    + String.join("\n  ", violations) + "\n  headers: " + exchange.headers() + "\n  body: "
                    + excerpt(exchange.body()));
        }
    }

    /** Every way the response breaks its contract; empty when it keeps it or no contract covers it. */
    public static List<String> violations(Exchange exchange) {
        String method = exchange.method().toUpperCase(Locale.ROOT);
        // A CORS preflight is answered by the gateway's CORS handling, before any operation.
        if (method.equals("OPTIONS")) {
            return List.of();
        }
        if (exchange.uri().getPort() == MANAGEMENT_PORT) {
            return List.of();
        }
        String path = exchange.uri().getRawPath();
        Optional<Target> target;
        try {
            target = route(path);
        } catch (IllegalArgumentException noContract) {
            // A path no contract has (a mistyped page): refused as a problem is the only right answer.
            return isRefusal(exchange)
                    ? List.of()
                    : List.of(noContract.getMessage() + ", so its answer must be a 4xx problem");
        }
        boolean forwarded = path.startsWith("/api/") && !under(path, GATEWAY);
        if (forwarded && GATEWAY_REFUSALS.contains(exchange.status())) {
            // The gateway's own refusal on any route (rate limit, breaker open, no instance): the
            // public document declares them on every operation; here they need only be problems.
            return contentType(exchange).startsWith("application/problem+json")
                    ? List.of()
                    : List.of("The gateway's " + exchange.status() + " must be application/problem+json, not "
                            + contentType(exchange));
        }
        return target.map(t -> violations(t, method, exchange)).orElse(List.of());
    }

    /** A 4xx problem+json: what the platform promises for any request it takes no operation for. */
    private static boolean isRefusal(Exchange exchange) {
        return exchange.status() >= 400
                && exchange.status() < 500
                && contentType(exchange).startsWith("application/problem+json");
    }

    private static String contentType(Exchange exchange) {
        return exchange.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElse("");
    }

    /**
     * The contract and path a request path is checked against; empty for the endpoints no service
     * contract covers (Liberty's, the gateway's own, routes without a contract).
     *
     * @throws IllegalArgumentException when the path belongs to nothing known
     */
    static Optional<Target> route(String path) {
        if (under(path, LIBERTY)) {
            return Optional.empty();
        }
        if (under(path, GATEWAY)) {
            return Optional.of(new Target("gateway", path));
        }
        List<String> segments = Arrays.asList(path.split("/", -1));
        boolean gateway = segments.size() > 2 && segments.get(1).equals("api");
        int first = gateway ? 2 : 1;
        String name = segments.size() > first ? segments.get(first) : "";
        String contract = gateway ? ROUTES.getOrDefault(name, name) : name;
        if (!exists(contract)) {
            if (gateway) {
                // The gateway's own answer to a route it does not know, or a test's stand-in upstream.
                return Optional.empty();
            }
            throw new IllegalArgumentException("No contract in openapi/ covers " + path);
        }
        String below = String.join("/", segments.subList(first + 1, segments.size()));
        return Optional.of(new Target(contract, "/" + below));
    }

    private static List<String> violations(Target target, String method, Exchange exchange) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status()).withBody(exchange.body());
        exchange.headers().forEach(response::withHeader);
        ValidationReport report = validator(target.contract())
                .validateResponse(target.path(), Request.Method.valueOf(method), response.build());
        List<String> keys = report.getMessages().stream()
                .map(ValidationReport.Message::getKey)
                .toList();
        if (keys.contains("validation.request.path.missing")
                || keys.contains("validation.request.operation.notAllowed")) {
            return outsideTheOperations(target, exchange);
        }
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message ->
                        target.contract() + ".yaml " + method + " " + target.path() + ": " + message.getMessage())
                .toList();
    }

    /**
     * A request no operation of the contract takes (an unknown path or method) has no declared answer;
     * the platform promises every refusal is a problem, so it must be a 4xx problem+json.
     */
    private static List<String> outsideTheOperations(Target target, Exchange exchange) {
        if (isRefusal(exchange)) {
            return List.of();
        }
        return List.of(target.contract() + ".yaml has no operation " + exchange.method() + " " + target.path()
                + ", so its answer must be a 4xx application/problem+json, not " + exchange.status() + " "
                + contentType(exchange));
    }

    private static OpenApiInteractionValidator validator(String contract) {
        return VALIDATORS.computeIfAbsent(
                contract,
                name -> OpenApiInteractionValidator.createForSpecificationUrl(
                                ContractFiles.file(name).toUri().toString())
                        // Paths are given below the contract's server URL, whatever that URL says.
                        .withBasePathOverride("/")
                        // A page is allOf(Page, its items): checked as one merged schema, or each part
                        // would call the other part's fields undeclared.
                        .withResolveRefs(true)
                        .withResolveCombinators(true)
                        .build());
    }

    private static boolean exists(String contract) {
        return CONTRACT_NAME.matcher(contract).matches() && Files.isRegularFile(ContractFiles.file(contract));
    }

    private static boolean under(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static Map<String, String> routes(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split("=", 2))
                .collect(Collectors.toMap(entry -> entry[0].trim(), entry -> entry[1].trim()));
    }

    private static String excerpt(byte[] body) {
        if (body == null) {
            return "(none)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
