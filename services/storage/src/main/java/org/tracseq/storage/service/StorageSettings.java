package org.tracseq.storage.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.tracseq.storage.domain.CapacityStatus;
import org.tracseq.storage.domain.FreezeThaw;
import org.tracseq.storage.domain.TemperatureRange;
import org.tracseq.storage.domain.TemperatureZone;
import org.tracseq.storage.domain.ZoneRules;

/**
 * The "our default" numbers of ST-4, ST-5, ST-6 and ST-9, each overridable through MP Config
 * (microprofile-config.properties, system properties, environment variables):
 * {@code tracseq.storage.zones.<type>=minus_80,liquid_nitrogen},
 * {@code tracseq.storage.capacity.warning=0.80}, {@code tracseq.storage.capacity.critical=0.95},
 * {@code tracseq.storage.freeze-thaw.limit=3}, {@code tracseq.storage.freeze-thaw.limit.<type>=5},
 * {@code tracseq.storage.zone.<zone>.minimum=-90}, {@code tracseq.storage.zone.<zone>.maximum=-65}.
 */
@ApplicationScoped
public class StorageSettings {
    static final Set<String> SAMPLE_TYPES = Set.of(
            "dna",
            "rna",
            "protein",
            "cell_culture",
            "tissue",
            "blood",
            "serum",
            "plasma",
            "urine",
            "saliva",
            "swab",
            "environmental",
            "other");

    private ZoneRules zoneRules;
    private CapacityStatus.Thresholds thresholds;
    private FreezeThaw freezeThaw;
    private Map<TemperatureZone, TemperatureRange> ranges;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        Map<String, Set<TemperatureZone>> zones = new HashMap<>();
        Map<String, Integer> limits = new HashMap<>();
        for (String type : SAMPLE_TYPES) {
            config.getOptionalValue("tracseq.storage.zones." + type, String.class)
                    .ifPresent(value -> zones.put(
                            type,
                            Arrays.stream(value.split(","))
                                    .map(String::trim)
                                    .filter(s -> !s.isEmpty())
                                    .map(TemperatureZone::fromWire)
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(TemperatureZone.class)))));
            config.getOptionalValue("tracseq.storage.freeze-thaw.limit." + type, Integer.class)
                    .ifPresent(limit -> limits.put(type, limit));
        }
        zoneRules = new ZoneRules(zones);
        freezeThaw = new FreezeThaw(
                config.getOptionalValue("tracseq.storage.freeze-thaw.limit", Integer.class)
                        .orElse(3),
                limits);
        thresholds = new CapacityStatus.Thresholds(
                config.getOptionalValue("tracseq.storage.capacity.warning", Double.class)
                        .orElse(0.80),
                config.getOptionalValue("tracseq.storage.capacity.critical", Double.class)
                        .orElse(0.95));
        ranges = new EnumMap<>(TemperatureZone.class);
        for (TemperatureZone zone : TemperatureZone.values()) {
            String key = "tracseq.storage.zone." + zone.wireValue();
            ranges.put(
                    zone,
                    new TemperatureRange(
                            config.getOptionalValue(key + ".minimum", BigDecimal.class)
                                    .orElse(zone.defaultRange().minimum()),
                            config.getOptionalValue(key + ".maximum", BigDecimal.class)
                                    .orElse(zone.defaultRange().maximum())));
        }
    }

    public ZoneRules zoneRules() {
        return zoneRules;
    }

    public CapacityStatus.Thresholds thresholds() {
        return thresholds;
    }

    public FreezeThaw freezeThaw() {
        return freezeThaw;
    }

    public TemperatureRange range(TemperatureZone zone) {
        return ranges.get(zone);
    }
}
