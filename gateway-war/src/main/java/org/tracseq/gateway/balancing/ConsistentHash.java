package org.tracseq.gateway.balancing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same affinity key always goes to the same instance while the instances stay the same, and
 * when one leaves only its keys move (a hash ring with {@link #POINTS} points per instance and
 * weight). Requests without a key are spread at random.
 */
final class ConsistentHash implements Balancer {
    static final int POINTS = 160;

    private volatile Ring ring = new Ring(List.of(), new TreeMap<>());

    private record Ring(List<Instance> members, TreeMap<Long, Instance> points) {}

    @Override
    public Instance choose(List<Instance> available, String affinity) {
        if (affinity == null) {
            return available.get(ThreadLocalRandom.current().nextInt(available.size()));
        }
        Ring current = ring;
        if (!current.members().equals(available)) {
            current = build(available);
            ring = current;
        }
        Map.Entry<Long, Instance> point = current.points().ceilingEntry(hash(affinity));
        return (point == null ? current.points().firstEntry() : point).getValue();
    }

    private static Ring build(List<Instance> instances) {
        TreeMap<Long, Instance> points = new TreeMap<>();
        for (Instance instance : instances) {
            for (int i = 0; i < POINTS * instance.weight(); i++) {
                points.put(hash(instance.baseUrl() + "#" + i), instance);
            }
        }
        return new Ring(List.copyOf(instances), points);
    }

    private static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
