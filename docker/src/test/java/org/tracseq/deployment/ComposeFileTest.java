package org.tracseq.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml as compose itself resolves it ({@code docker-compose config}: Debian's 1.29 client;
 * Debian has no package of the {@code docker compose} plugin), matched against the servers it runs.
 */
class ComposeFileTest {
    private static final List<ServerModule> SERVERS = ServerModule.all();
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void resolve() {
        String resolved = Tools.run("docker-compose", Checkout.path("docker"), "docker-compose", "config");
        services = (Map<String, Map<String, Object>>)
                new Yaml().<Map<String, Object>>load(resolved).get("services");
    }

    @Test
    void everyServerRunsWithTheDatabasesAndTheMonitoring() {
        Set<String> expected = new TreeSet<>(Set.of("postgres", "redis", "prometheus", "grafana"));
        SERVERS.forEach(server -> expected.add(server.name()));
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        SERVERS.forEach(server -> assertThat(services.get(server.name()).get("image"))
                .as(server.name())
                .isEqualTo("tracseq/" + server.name()));
    }

    @Test
    void prometheusScrapesEveryServersManagementPort() {
        Map<String, Object> config = Checkout.yaml(Checkout.path("docker/prometheus/prometheus.yml"));
        Set<String> targets = new TreeSet<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            for (Object group : (List<?>) ((Map<?, ?>) job).get("static_configs")) {
                ((List<?>) ((Map<?, ?>) group).get("targets")).forEach(target -> targets.add((String) target));
            }
        }
        assertThat(targets)
                .containsExactlyInAnyOrderElementsOf(SERVERS.stream()
                        .map(server -> server.name() + ":" + ServerModule.MANAGEMENT_PORT)
                        .toList());
    }

    @Test
    void everyServerIsGivenOnlySettingsItReads() {
        for (ServerModule server : SERVERS) {
            assertThat(environment(server.name()).keySet())
                    .as("%s's environment in compose.yaml", server.name())
                    .isSubsetOf(server.environmentNames());
        }
    }

    @Test
    void everyAddressNamesAServerPortAndContextRootThatExist() {
        Map<String, ServerModule> byName =
                SERVERS.stream().collect(Collectors.toMap(ServerModule::name, Function.identity()));
        for (ServerModule server : SERVERS) {
            environment(server.name()).forEach((name, value) -> {
                Matcher address = ServerModule.ADDRESS.matcher(String.valueOf(value));
                if (!address.matches()) {
                    return;
                }
                String description = server.name() + " " + name + "=" + value;
                assertThat(services).as(description).containsKey(address.group(1));
                ServerModule target = byName.get(address.group(1));
                if (target != null) {
                    assertThat(Integer.parseInt(address.group(2)))
                            .as(description)
                            .isIn(ServerModule.CONTAINER_HTTP_PORT, ServerModule.MANAGEMENT_PORT);
                    // A server's root (a client adds the context root) or a path under its context root.
                    if (address.group(3) != null) {
                        assertThat(address.group(3)).as(description).startsWith(target.contextRoot());
                    }
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
    }
}
