package org.tracseq.gateway.balancing;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two instances at random, the one with fewer requests in flight: nearly as even as least-in-flight
 * without every gateway thread converging on the same "least" instance at once.
 */
final class PowerOfTwoChoices implements Balancer {

    @Override
    public Instance choose(List<Instance> available, String affinity) {
        if (available.size() == 1) {
            return available.get(0);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int first = random.nextInt(available.size());
        int second = random.nextInt(available.size() - 1);
        if (second >= first) {
            second++;
        }
        Instance a = available.get(first);
        Instance b = available.get(second);
        return b.inFlight() < a.inFlight() ? b : a;
    }
}
