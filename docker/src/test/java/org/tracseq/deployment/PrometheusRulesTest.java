package org.tracseq.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docker/prometheus checked by promtool, as Prometheus itself would load it, and its alerts' unit tests run. */
class PrometheusRulesTest {
    private static final Path PROMETHEUS = Checkout.path("docker/prometheus");

    @Test
    void prometheusLoadsTheConfigAndItsRules() {
        assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
        assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS");
    }

    @Test
    void everyAlertPassesItsUnitTests() {
        assertThat(promtool("test", "rules", "alerts.test.yml")).contains("SUCCESS");
    }

    @Test
    void everyAlertHasAUnitTest() {
        assertThat(testedAlerts()).isEqualTo(alerts());
    }

    static Set<String> alerts() {
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : list(Checkout.yaml(PROMETHEUS.resolve("alerts.yml")), "groups")) {
            list(group, "rules").forEach(rule -> alerts.add((String) rule.get("alert")));
        }
        return alerts;
    }

    private static Set<String> testedAlerts() {
        Set<String> tested = new TreeSet<>();
        for (Map<String, Object> test : list(Checkout.yaml(PROMETHEUS.resolve("alerts.test.yml")), "tests")) {
            list(test, "alert_rule_test").forEach(check -> tested.add((String) check.get("alertname")));
        }
        return tested;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static String promtool(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "promtool";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return Tools.run("prometheus", PROMETHEUS, command);
    }
}
