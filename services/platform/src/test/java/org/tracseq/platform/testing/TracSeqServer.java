package org.tracseq.platform.testing;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.microshed.testing.ManuallyStartedConfiguration;
import org.tracseq.platform.security.Role;

/**
 * The Liberty server an integration test runs against, as MicroShed Testing's manually-started
 * environment finds it ({@code microshed_hostname}, {@code microshed_http_port},
 * {@code microshed_app_context_root}): the server liberty-maven-plugin started in
 * pre-integration-test, or the {@code liberty:dev} server when Enter runs the tests there (dev mode
 * sets the host and port itself). Clients are the generated ones ({@link
 * org.tracseq.platform.client.RestClients}) or RestAssured; MicroShed's own {@code @RESTClient}
 * injection is not used (docs/architecture.md, "Tests").
 */
public final class TracSeqServer {
    /** HTTP/1.1: the JDK client's default upgrade attempt to HTTP/2 stalls against Liberty under load. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private TracSeqServer() {}

    /** {@code http://localhost:8081} */
    public static String rootUrl() {
        return "http://" + ManuallyStartedConfiguration.getHostname() + ":"
                + ManuallyStartedConfiguration.getHttpPort();
    }

    /**
     * Where the server answers {@code /health} and {@code /metrics}: the management port a server
     * with tracseq-management.xml is given by {@code its.management.port}, else its HTTP port.
     */
    public static String managementUrl() {
        String port = System.getProperty("its.management.port");
        return port == null ? rootUrl() : "http://" + ManuallyStartedConfiguration.getHostname() + ":" + port;
    }

    /** The application's base URL, e.g. {@code http://localhost:8081/samples}. */
    public static String baseUrl() {
        return rootUrl() + contextRoot();
    }

    /** {@code /samples}, or empty for an application at the server root. */
    private static String contextRoot() {
        String contextRoot = ManuallyStartedConfiguration.getBasePath();
        return contextRoot.equals("/") ? "" : contextRoot;
    }

    /** Blocks until {@code /health/ready} answers 200, the server's own statement that it can serve. */
    public static void awaitReady() {
        URI ready = URI.create(managementUrl() + "/health/ready");
        await("server ready at " + ready)
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    /**
     * A RestAssured request against the application, JSON in and out. Base URI and path are both set
     * here, so RestAssured's global ones ({@code @MicroShedTest} sets the base path) do not add up.
     * Its response is checked against its contract, as every RestAssured response in a test JVM is
     * ({@link org.tracseq.platform.testing.wire.CheckEveryResponse}).
     */
    public static RequestSpecification request() {
        return RestAssured.given()
                .baseUri(rootUrl())
                .basePath(contextRoot())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** {@link #request()} signed in as a user with {@code role} (a {@link TestTokens} token). */
    public static RequestSpecification requestAs(Role role) {
        return request().header("Authorization", "Bearer " + TestTokens.of(role));
    }
}
