package org.tracseq.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tracseq.gateway.balancing.Instance;

class RouteTest {
    private final Instance instance = new Instance(URI.create("http://samples-1:8081/samples"), 1, "static");
    private final Route samples = new Route("samples", List.of(instance), "round_robin", null, null);

    @Test
    void targetKeepsThePathAndRawQueryBelowThePrefix() {
        assertThat(instance.target("/by-barcode/TS-1", "q=a%20b&page=2"))
                .isEqualTo(URI.create("http://samples-1:8081/samples/by-barcode/TS-1?q=a%20b&page=2"));
        assertThat(instance.target("", null)).isEqualTo(URI.create("http://samples-1:8081/samples/"));
    }

    @Test
    void readinessIsTheServersHealthEndpointOnItsOwnPortOrTheManagementPort() {
        assertThat(instance.readinessUrl(0)).isEqualTo(URI.create("http://samples-1:8081/health/ready"));
        assertThat(instance.readinessUrl(9089)).isEqualTo(URI.create("http://samples-1:9089/health/ready"));
    }

    @Test
    void locationsOfTheServiceBecomePublicUrls() {
        URI publicBase = URI.create("https://lims.example.org/");
        assertThat(Forwarder.publicLocation(
                        samples, instance, URI.create("http://samples-1:8081/samples/42?x=1"), publicBase))
                .isEqualTo(URI.create("https://lims.example.org/api/samples/42?x=1"));
        assertThat(Forwarder.publicLocation(samples, instance, URI.create("http://elsewhere/x"), publicBase))
                .isEqualTo(URI.create("http://elsewhere/x"));
    }

    @Test
    void aRetryPrefersAnInstanceNotYetTriedAndEjectedOnesAreSkipped() {
        Instance other = new Instance(URI.create("http://samples-2:8081/samples"), 1, "static");
        Route two = new Route("samples", List.of(instance, other), "round_robin", null, null);
        assertThat(two.choose(null, Set.of(instance), 0)).contains(other);
        assertThat(two.choose(null, Set.of(instance, other), 0)).isPresent();
        other.failed(1, 10_000, 0);
        assertThat(IntStream.range(0, 4)
                        .mapToObj(i -> two.choose(null, Set.of(), 1_000).orElseThrow()))
                .containsOnly(instance);
        assertThat(two.choose(null, Set.of(), 20_000))
                .as("back after the cool-down")
                .isPresent();
    }

    @Test
    void whenNothingIsAvailableEveryInstanceIsTriedRatherThanNone() {
        instance.checked(false, 1, 1);
        assertThat(samples.choose(null, Set.of(), 0)).contains(instance);
        assertThat(new Route("empty", List.of(), "round_robin", null, null).choose(null, Set.of(), 0))
                .isEmpty();
    }
}
