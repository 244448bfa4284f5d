package org.tracseq.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
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
    private final Map<URI, Instance> registered = new ConcurrentHashMap<>();

    /** @param affinityHeader the header consistent hashing keys on; null for the caller's token subject */
    public Route(String name, List<Instance> configured, String balancerName, String affinityHeader) {
        this.name = name;
        this.configured = List.copyOf(configured);
        this.balancerName = balancerName;
        this.balancer = Balancer.named(balancerName);
        this.affinityHeader = affinityHeader;
    }

    public String name() { return name; }
    public String balancerName() { return balancerName; }
    public Optional<String> affinityHeader() { return Optional.ofNullable(affinityHeader); }

    public String publicPrefix() {
        return "/api/" + name;
    }

    /** Every instance, configured ones first. */
    public List<Instance> instances() {
        return Stream.concat(configured.stream(),
                registered.values().stream().filter(instance -> !isConfigured(instance.baseUrl()))).toList();
    }

    /**
     * The instance for the next attempt: an available one not yet tried by this request if there is
     * one, else any available one; empty when none is available.
     */
    public Optional<Instance> choose(String affinity, Set<Instance> tried, long nowMillis) {
        List<Instance> available = new ArrayList<>();
        List<Instance> untried = new ArrayList<>();
        for (Instance instance : instances()) {
            if (instance.isAvailable(nowMillis)) {
                available.add(instance);
                if (!tried.contains(instance)) {
                    untried.add(instance);
                }
            }
        }
        List<Instance> candidates = untried.isEmpty() ? available : untried;
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
