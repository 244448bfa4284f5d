package org.tracseq.gateway.balancing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Each available instance in turn. */
final class RoundRobin implements Balancer {
    private final AtomicLong next = new AtomicLong();

    @Override
    public Instance choose(List<Instance> available, String affinity) {
        return available.get((int) Math.floorMod(next.getAndIncrement(), (long) available.size()));
    }
}
