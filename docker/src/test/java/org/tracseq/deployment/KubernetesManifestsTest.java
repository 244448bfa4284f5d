package org.tracseq.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * docker/kubernetes matched against the servers it runs: one Deployment and one Service per server,
 * the image's ports, probes on the management port's health paths, resources, the settings each
 * server reads, addresses that lead to a Service's port and context root, and secrets by name only.
 */
class KubernetesManifestsTest {
    private static final Path MANIFESTS = Checkout.path("docker/kubernetes");
    private static final List<ServerModule> SERVERS = ServerModule.all();
    private static final Map<String, Map<String, Object>> RESOURCES = resources();

    /** Names only, applied by the operator with the values: never by kubectl apply -k. */
    private static final String SECRETS = "secrets.yaml";

    @Test
    void kustomizationListsEveryManifestButTheSecrets() {
        Set<String> files = new TreeSet<>();
        for (Path file : Checkout.list(MANIFESTS)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yaml") && !name.equals("kustomization.yaml") && !name.equals(SECRETS)) {
                files.add(name);
            }
        }
        assertThat(strings(
                        Checkout.yaml(MANIFESTS.resolve("kustomization.yaml")).get("resources")))
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyServerHasADeploymentAndAService() {
        Set<String> names = new TreeSet<>();
        SERVERS.forEach(server -> names.add(server.name()));
        assertThat(namesOf("Deployment")).isEqualTo(names);
        assertThat(namesOf("Service")).isEqualTo(names);
    }

    @Test
    void containersListenWhereTheImageDoesAndServicesOnTheDesignPorts() {
        for (ServerModule server : SERVERS) {
            Map<String, Object> container = container(server.name());
            assertThat(ports(container.get("ports"), "containerPort"))
                    .as(server.name())
                    .isEqualTo(Map.of(
                            "http", ServerModule.CONTAINER_HTTP_PORT, "management", ServerModule.MANAGEMENT_PORT));
            Map<String, Object> spec = map(resource("Service", server.name()).get("spec"));
            assertThat(ports(spec.get("ports"), "port"))
                    .as(
                            "%s's Service: its port in docs/DESIGN.md (the module's pom) and the management port",
                            server.name())
                    .isEqualTo(Map.of("http", server.port(), "management", ServerModule.MANAGEMENT_PORT));
            for (Object port : (List<?>) spec.get("ports")) {
                assertThat(map(port).get("targetPort")).isEqualTo(map(port).get("name"));
            }
            Map<String, Object> deployment =
                    map(resource("Deployment", server.name()).get("spec"));
            Map<String, Object> podLabels =
                    map(map(map(deployment.get("template")).get("metadata")).get("labels"));
            assertThat(podLabels)
                    .as("%s's pods, selected by its Deployment and its Service", server.name())
                    .containsAllEntriesOf(map(map(deployment.get("selector")).get("matchLabels")))
                    .containsAllEntriesOf(map(spec.get("selector")));
        }
    }

    @Test
    void probesAskTheManagementPortsHealthEndpoints() {
        for (ServerModule server : SERVERS) {
            Map<String, Object> container = container(server.name());
            assertThat(probe(container, "livenessProbe")).as(server.name()).isEqualTo("management /health/live");
            assertThat(probe(container, "readinessProbe")).as(server.name()).isEqualTo("management /health/ready");
            assertThat(probe(container, "startupProbe")).as(server.name()).isEqualTo("management /health/started");
        }
    }

    @Test
    void everyContainerRequestsCpuAndMemoryAndIsLimitedInMemory() {
        for (ServerModule server : SERVERS) {
            Map<String, Object> resources = map(container(server.name()).get("resources"));
            assertThat(map(resources.get("requests"))).as(server.name()).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(server.name()).containsKey("memory");
        }
    }

    @Test
    void theGatewayAndSamplesScaleWithLoad() {
        assertThat(namesOf("HorizontalPodAutoscaler")).containsExactlyInAnyOrder("gateway", "samples");
        for (String name : namesOf("HorizontalPodAutoscaler")) {
            Map<String, Object> target = map(
                    map(resource("HorizontalPodAutoscaler", name).get("spec")).get("scaleTargetRef"));
            assertThat(target).containsEntry("kind", "Deployment").containsEntry("name", name);
        }
    }

    @Test
    void everyServerIsGivenOnlySettingsItReads() {
        for (ServerModule server : SERVERS) {
            assertThat(environment(server.name()).keySet())
                    .as("%s's environment, its config maps' keys included", server.name())
                    .isNotEmpty()
                    .isSubsetOf(server.environmentNames());
        }
    }

    @Test
    void everyAddressOfAServerNamesItsServicePortAndContextRoot() {
        Map<String, ServerModule> byName = new HashMap<>();
        SERVERS.forEach(server -> byName.put(server.name(), server));
        for (ServerModule server : SERVERS) {
            environment(server.name()).forEach((name, value) -> {
                Matcher address = ServerModule.ADDRESS.matcher(value);
                ServerModule target = address.matches() ? byName.get(address.group(1)) : null;
                if (target == null) {
                    return; // PostgreSQL and Redis are the operator's own
                }
                String description = server.name() + " " + name + "=" + value;
                assertThat(Integer.parseInt(address.group(2))).as(description).isEqualTo(target.port());
                if (address.group(3) != null) {
                    assertThat(address.group(3)).as(description).startsWith(target.contextRoot());
                }
            });
        }
    }

    @Test
    void secretsHoldNamesOnly() {
        assertThat(Checkout.yamlDocuments(MANIFESTS.resolve(SECRETS)))
                .extracting(resource -> resource.get("kind"))
                .containsOnly("Secret");
        assertThat(namesOf("Secret")).isNotEmpty();
        for (String name : namesOf("Secret")) {
            Map<String, Object> secret = resource("Secret", name);
            assertThat(secret).as(name).doesNotContainKey("data");
            assertThat(map(secret.get("stringData")).values()).as(name).containsOnly("");
        }
    }

    /** A container's settings by name: its env (a secret's key is the value) and its config maps' entries. */
    private static Map<String, String> environment(String deployment) {
        Map<String, Object> container = container(deployment);
        Map<String, String> environment = new HashMap<>();
        for (Object source : (List<?>) container.getOrDefault("envFrom", List.of())) {
            String configMap = (String) map(map(source).get("configMapRef")).get("name");
            map(resource("ConfigMap", configMap).get("data"))
                    .forEach((key, value) -> environment.put(key, String.valueOf(value)));
        }
        for (Object variable : (List<?>) container.getOrDefault("env", List.of())) {
            Map<String, Object> entry = map(variable);
            Object from = entry.get("valueFrom");
            environment.put(
                    (String) entry.get("name"), from == null ? (String) entry.get("value") : referenced(map(from)));
        }
        return environment;
    }

    /** The value a {@code valueFrom} points at, which must exist: a config map's, or a secret key's name. */
    private static String referenced(Map<String, Object> from) {
        if (from.containsKey("configMapKeyRef")) {
            Map<String, Object> ref = map(from.get("configMapKeyRef"));
            Map<String, Object> data =
                    map(resource("ConfigMap", (String) ref.get("name")).get("data"));
            assertThat(data).containsKey((String) ref.get("key"));
            return String.valueOf(data.get(ref.get("key")));
        }
        Map<String, Object> ref = map(from.get("secretKeyRef"));
        assertThat(map(resource("Secret", (String) ref.get("name")).get("stringData")))
                .containsKey((String) ref.get("key"));
        return (String) ref.get("key");
    }

    private static String probe(Map<String, Object> container, String kind) {
        Map<String, Object> get = map(map(container.get(kind)).get("httpGet"));
        return get.get("port") + " " + get.get("path");
    }

    private static Map<String, Object> container(String deployment) {
        Map<String, Object> pod =
                map(map(map(resource("Deployment", deployment).get("spec")).get("template"))
                        .get("spec"));
        List<?> containers = (List<?>) pod.get("containers");
        assertThat(containers).as(deployment).hasSize(1);
        Map<String, Object> container = map(containers.get(0));
        assertThat(container.get("image")).isEqualTo("tracseq/" + deployment);
        return container;
    }

    private static Map<String, Integer> ports(Object ports, String field) {
        Map<String, Integer> byName = new HashMap<>();
        for (Object port : (List<?>) ports) {
            byName.put((String) map(port).get("name"), (Integer) map(port).get(field));
        }
        return byName;
    }

    private static Set<String> namesOf(String kind) {
        Set<String> names = new TreeSet<>();
        RESOURCES.keySet().stream()
                .filter(key -> key.startsWith(kind + "/"))
                .forEach(key -> names.add(key.substring(kind.length() + 1)));
        return names;
    }

    private static Map<String, Object> resource(String kind, String name) {
        Map<String, Object> resource = RESOURCES.get(kind + "/" + name);
        assertThat(resource).as(kind + "/" + name).isNotNull();
        return resource;
    }

    /** Every resource of the manifests by kind/name, a name used twice for one kind failing. */
    private static Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> resources = new HashMap<>();
        List<String> files =
                strings(Checkout.yaml(MANIFESTS.resolve("kustomization.yaml")).get("resources"));
        files.add(SECRETS);
        for (String file : files) {
            for (Map<String, Object> resource : Checkout.yamlDocuments(MANIFESTS.resolve(file))) {
                String key = resource.get("kind") + "/"
                        + map(resource.get("metadata")).get("name");
                assertThat(resources.put(key, resource)).as(key + " once").isNull();
            }
        }
        return resources;
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        ((List<?>) list).forEach(item -> strings.add((String) item));
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
