package org.tracseq.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.tracseq.gateway.balancing.Balancer;
import org.tracseq.gateway.balancing.Instance;

/**
 * A public prefix {@code /api/<name>} and the instances of the service behind it: those from
 * configuration and those that registered themselves, picked by the route's {@link Balancer}.
 */
public final class Route {
    private final String name;
    private final List<Instance> configured;
    private final Balancer balancer;
    private final String balancerName;
    private final String affinityHeader;
    private final Instance monolith;
    private final Map<URI, Instance> registered = new ConcurrentHashMap<>();

    /**
     * @param affinityHeader the header consistent hashing keys on; null for the caller's token subject
     * @param monolith       the all-in-one server's URL for this service, for gradual migration; may be null
     */
    public Route(
            String name, List<Instance> configured, String balancerName, String affinityHeader, Instance monolith) {
        this.name = name;
        this.configured = List.copyOf(configured);
        this.balancerName = balancerName;
        this.balancer = Balancer.named(balancerName);
        this.affinityHeader = affinityHeader;
        this.monolith = monolith;
    }

    public String name() {
        return name;
    }

    public String balancerName() {
        return balancerName;
    }

    public Optional<String> affinityHeader() {
        return Optional.ofNullable(affinityHeader);
    }

    public Optional<Instance> monolith() {
        return Optional.ofNullable(monolith);
    }

    public String publicPrefix() {
        return "/api/" + name;
    }

    /** Every instance, configured ones first. */
    public List<Instance> instances() {
        return Stream.concat(
                        configured.stream(),
                        registered.values().stream().filter(instance -> !isConfigured(instance.baseUrl())))
                .toList();
    }

    /**
     * The instance for the next attempt: an available one not yet tried by this request if there is
     * one, else any available one. When none is available ("panic", as Envoy calls it) every
     * instance is a candidate again: health checks and ejection can be wrong all at once (an
     * overloaded host answering checks slowly), and trying beats refusing everything. Empty only
     * for a route without instances.
     */
    public Optional<Instance> choose(String affinity, Set<Instance> tried, long nowMillis) {
        List<Instance> all = instances();
        List<Instance> available =
                all.stream().filter(instance -> instance.isAvailable(nowMillis)).toList();
        List<Instance> pool = available.isEmpty() ? all : available;
        List<Instance> untried =
                pool.stream().filter(instance -> !tried.contains(instance)).toList();
        List<Instance> candidates = untried.isEmpty() ? pool : untried;
        return candidates.isEmpty() ? Optional.empty() : Optional.of(balancer.choose(candidates, affinity));
    }

    /** Replaces the self-registered instances, keeping the state of those still registered. */
    public void registered(Set<URI> urls) {
        registered.keySet().retainAll(urls);
        urls.forEach(url -> registered.computeIfAbsent(url, u -> new Instance(u, 1, "registered")));
    }

    private boolean isConfigured(URI url) {
        return configured.stream().anyMatch(instance -> instance.baseUrl().equals(url));
    }
}
