package org.tracseq.gateway.balancing;

import java.util.List;
import java.util.Locale;

/** Picks the instance for one request among the available ones of a route (never an empty list). */
public interface Balancer {

    /**
     * @param affinity what consistent hashing keys on (the user or a header's value); others ignore it,
     *                 and it may be null
     */
    Instance choose(List<Instance> available, String affinity);

    /** The strategy a route names in {@code tracseq.route.<name>.balancer}. */
    static Balancer named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "round_robin" -> new RoundRobin();
            case "weighted_round_robin" -> new WeightedRoundRobin();
            case "least_in_flight" -> new LeastInFlight();
            case "power_of_two_choices" -> new PowerOfTwoChoices();
            case "consistent_hash" -> new ConsistentHash();
            default ->
                throw new IllegalArgumentException("Unknown balancer '" + name + "'; use round_robin, "
                        + "weighted_round_robin, least_in_flight, power_of_two_choices or consistent_hash");
        };
    }
}
