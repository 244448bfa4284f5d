package org.tracseq.storage.domain;

import java.util.Collection;
import java.util.Map;

/**
 * ST-6: checking an item out of a frozen zone counts one freeze-thaw cycle; an aliquot starts with
 * its parent's count; more cycles than the type's limit (our default 3) is a warning.
 */
public record FreezeThaw(int defaultLimit, Map<String, Integer> limitsByType) {
    public static final FreezeThaw DEFAULT = new FreezeThaw(3, Map.of());

    public FreezeThaw {
        limitsByType = Map.copyOf(limitsByType);
    }

    /** The count after checking an item out of {@code zone}. */
    public static int afterCheckOut(int count, TemperatureZone zone) {
        return zone != null && zone.frozen() ? count + 1 : count;
    }

    /** An item's starting count: the highest of the parents it was aliquoted from, 0 without any. */
    public static int inherited(Collection<Integer> parentCounts) {
        return parentCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int limit(String sampleType) {
        return limitsByType.getOrDefault(sampleType, defaultLimit);
    }

    public boolean warn(String sampleType, int count) {
        return count > limit(sampleType);
    }
}
