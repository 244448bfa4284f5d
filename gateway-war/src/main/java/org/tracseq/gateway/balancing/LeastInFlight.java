package org.tracseq.gateway.balancing;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The instance with the fewest requests in flight; ties broken evenly at random so none is favoured. */
final class LeastInFlight implements Balancer {

    @Override
    public Instance choose(List<Instance> available, String affinity) {
        Instance best = null;
        int ties = 0;
        for (Instance candidate : available) {
            if (best == null || candidate.inFlight() < best.inFlight()) {
                best = candidate;
                ties = 1;
            } else if (candidate.inFlight() == best.inFlight()
                    && ThreadLocalRandom.current().nextInt(++ties) == 0) {
                best = candidate; // each of the n tied instances ends up chosen with probability 1/n
            }
        }
        return best;
    }
}
