package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The all-in-one server's HTTP port is the public one: what it says about its traffic and JVM
 * ({@code /metrics}) and its probes ({@code /health}) answer only on the management port, and the
 * applications only on the public port (issue 16, item 12; liberty-config/shared/tracseq-management.xml).
 */
@MicroShedTest
class ManagementPortIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void metricsAndHealthAreNotOnThePublicPort() {
        for (String path : new String[] {"/metrics", "/metrics?scope=base", "/health", "/health/ready"}) {
            Response answer = RestAssured.get(TracSeqServer.rootUrl() + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.asString()).as(path).doesNotContain("jvm_", "database:");
        }
    }

    @Test
    void theManagementPortServesMetricsAndHealth() {
        Response metrics = RestAssured.get(TracSeqServer.managementUrl() + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.asString()).contains("jvm_uptime_seconds", "tracseq_gateway_");
        assertThat(metrics.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Response ready = RestAssured.get(TracSeqServer.managementUrl() + "/health/ready");
        assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
    }

    @Test
    void theApplicationsAreNotOnTheManagementPort() {
        for (String path : new String[] {"/api/health", "/samples/samples/", "/auth/jwks"}) {
            assertThat(RestAssured.get(TracSeqServer.managementUrl() + path).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
    }

    @Test
    void theGatewayReadsItsServicesReadinessOnTheManagementPort() {
        Response health = TracSeqServer.request().get("/api/health").andReturn();
        assertThat(health.statusCode()).as(health.asString()).isEqualTo(200);
        assertThat(health.jsonPath().getList("services.samples.instances.checks.flatten().name", String.class))
                .contains("database:samples");
    }
}
