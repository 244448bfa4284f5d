package org.tracseq.gateway.balancing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smooth weighted round robin (as nginx does it): over any window an instance of weight 3 gets
 * three requests to a weight-1 instance's one, interleaved rather than in runs.
 */
final class WeightedRoundRobin implements Balancer {
    private final Map<Instance, Long> current = new HashMap<>();

    @Override
    public synchronized Instance choose(List<Instance> available, String affinity) {
        current.keySet().retainAll(available);
        long total = 0;
        Instance best = null;
        for (Instance instance : available) {
            long value = current.merge(instance, (long) instance.weight(), Long::sum);
            total += instance.weight();
            if (best == null || value > current.get(best)) {
                best = instance;
            }
        }
        current.merge(best, -total, Long::sum);
        return best;
    }
}
