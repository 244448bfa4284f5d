package org.tracseq.storage.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.storage.domain.CapacityStatus;
import org.tracseq.storage.domain.FreezeThaw;
import org.tracseq.storage.domain.TemperatureRange;
import org.tracseq.storage.domain.TemperatureZone;
import org.tracseq.storage.domain.ZoneRules;

/**
 * The rules of ST-4, ST-5, ST-6 and ST-9 with this installation's numbers ({@link StorageSettings}),
 * built once at start-up.
 */
@ApplicationScoped
public class StorageRules {
    @Inject
    @ConfigProperties
    StorageSettings settings;

    private ZoneRules zoneRules;
    private CapacityStatus.Thresholds thresholds;
    private FreezeThaw freezeThaw;
    private Map<TemperatureZone, TemperatureRange> ranges;

    @PostConstruct
    void build() {
        // A dynamic lookup on purpose: the keys per sample type are named after the samples service's
        // types (its contract's enum), which this service must not list again as fields of its own.
        Config config = ConfigProvider.getConfig();
        Map<String, Set<TemperatureZone>> zones = new HashMap<>();
        Map<String, Integer> limits = new HashMap<>();
        for (String type : SampleDirectory.sampleTypes()) {
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
        freezeThaw = new FreezeThaw(settings.freezeThawLimit(), limits);
        thresholds = settings.thresholds();
        ranges = new EnumMap<>(TemperatureZone.class);
        for (TemperatureZone zone : TemperatureZone.values()) {
            ranges.put(zone, settings.range(zone));
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
