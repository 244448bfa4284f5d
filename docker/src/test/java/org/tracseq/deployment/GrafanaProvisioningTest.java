package org.tracseq.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docker/grafana as Grafana provisions it: the dashboards where the provider looks (as compose mounts
 * them), each with a uid of its own, every query on the provisioned Prometheus data source.
 */
class GrafanaProvisioningTest {
    private static final Path GRAFANA = Checkout.path("docker/grafana");

    @Test
    void everyQueryUsesTheProvisionedDataSource() {
        Map<String, Object> dataSource =
                single(Checkout.yaml(GRAFANA.resolve("provisioning/datasources/prometheus.yml")), "datasources");
        Set<String> uids = new HashSet<>();
        for (Path dashboard : dashboards()) {
            // JSON is YAML: one parser for every file here.
            Map<String, Object> json = Checkout.yaml(dashboard);
            assertThat(uids.add((String) json.get("uid")))
                    .as("%s's uid is its own", dashboard)
                    .isTrue();
            List<Map<?, ?>> references = new ArrayList<>();
            collect(json, references);
            assertThat(references).as(dashboard.toString()).isNotEmpty();
            references.forEach(reference ->
                    assertThat(reference.get("uid")).as(dashboard.toString()).isEqualTo(dataSource.get("uid")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeMountsTheDashboardsWhereTheProviderReadsThem() {
        Map<String, Object> provider =
                single(Checkout.yaml(GRAFANA.resolve("provisioning/dashboards/tracseq.yml")), "providers");
        Object path = ((Map<?, ?>) provider.get("options")).get("path");
        Map<?, ?> grafana = (Map<?, ?>)
                ((Map<?, ?>) Checkout.yaml(Checkout.path("docker/compose.yaml")).get("services")).get("grafana");
        assertThat((List<Object>) grafana.get("volumes"))
                .contains(
                        "./grafana/dashboards:" + path + ":ro", "./grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    private static List<Path> dashboards() {
        List<Path> dashboards = Checkout.list(GRAFANA.resolve("dashboards")).stream()
                .filter(file -> file.toString().endsWith(".json"))
                .toList();
        assertThat(dashboards).isNotEmpty();
        return dashboards;
    }

    /** Every {@code datasource} reference, wherever it nests (panels, targets, variables). */
    private static void collect(Object node, List<Map<?, ?>> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("datasource".equals(key) && value instanceof Map<?, ?> reference) {
                    into.add(reference);
                } else {
                    collect(value, into);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> single(Map<String, Object> file, String key) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get(key);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
