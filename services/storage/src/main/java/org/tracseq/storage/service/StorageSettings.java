package org.tracseq.storage.service;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.storage.domain.CapacityStatus;
import org.tracseq.storage.domain.FreezeThaw;
import org.tracseq.storage.domain.TemperatureRange;
import org.tracseq.storage.domain.TemperatureZone;

/**
 * The numbers behind ST-4, ST-5, ST-6 and ST-9 that a lab may change (MP Config: properties,
 * system properties, environment variables such as {@code TRACSEQ_STORAGE_CAPACITY_WARNING}).
 * Unset, a rule keeps its DOMAIN.md default, which the domain class holds (once) and its unit test
 * checks. The keys per sample type ({@code tracseq.storage.zones.<type>},
 * {@code tracseq.storage.freeze-thaw.limit.<type>}) are read by {@link StorageRules}.
 */
@Dependent
@ConfigProperties(prefix = "tracseq.storage")
public class StorageSettings {
    /** ST-5: share of a location's positions from which it is "warning" (unset: {@link CapacityStatus.Thresholds#DEFAULT}). */
    @ConfigProperty(name = "capacity.warning")
    Optional<Double> capacityWarning;

    /** ST-5: share from which it is "critical" (unset: {@link CapacityStatus.Thresholds#DEFAULT}). */
    @ConfigProperty(name = "capacity.critical")
    Optional<Double> capacityCritical;

    /** ST-6: freeze-thaw cycles above which a sample warns, unless its type has a limit (unset: {@link FreezeThaw#DEFAULT}). */
    @ConfigProperty(name = "freeze-thaw.limit")
    Optional<Integer> freezeThawLimit;

    /** ST-9: lowest reading in order at minus_80, °C (unset: {@link TemperatureZone#defaultRange()}). */
    @ConfigProperty(name = "zone.minus_80.minimum")
    Optional<BigDecimal> minus80Minimum;

    /** ST-9: highest reading in order at minus_80. */
    @ConfigProperty(name = "zone.minus_80.maximum")
    Optional<BigDecimal> minus80Maximum;

    /** ST-9: lowest reading in order at minus_20. */
    @ConfigProperty(name = "zone.minus_20.minimum")
    Optional<BigDecimal> minus20Minimum;

    /** ST-9: highest reading in order at minus_20. */
    @ConfigProperty(name = "zone.minus_20.maximum")
    Optional<BigDecimal> minus20Maximum;

    /** ST-9: lowest reading in order at plus_4. */
    @ConfigProperty(name = "zone.plus_4.minimum")
    Optional<BigDecimal> plus4Minimum;

    /** ST-9: highest reading in order at plus_4. */
    @ConfigProperty(name = "zone.plus_4.maximum")
    Optional<BigDecimal> plus4Maximum;

    /** ST-9: lowest reading in order at room_temperature. */
    @ConfigProperty(name = "zone.room_temperature.minimum")
    Optional<BigDecimal> roomTemperatureMinimum;

    /** ST-9: highest reading in order at room_temperature. */
    @ConfigProperty(name = "zone.room_temperature.maximum")
    Optional<BigDecimal> roomTemperatureMaximum;

    /** ST-9: lowest reading in order at liquid_nitrogen. */
    @ConfigProperty(name = "zone.liquid_nitrogen.minimum")
    Optional<BigDecimal> liquidNitrogenMinimum;

    /** ST-9: highest reading in order at liquid_nitrogen. */
    @ConfigProperty(name = "zone.liquid_nitrogen.maximum")
    Optional<BigDecimal> liquidNitrogenMaximum;

    /** ST-9: lowest reading in order at incubator_37. */
    @ConfigProperty(name = "zone.incubator_37.minimum")
    Optional<BigDecimal> incubator37Minimum;

    /** ST-9: highest reading in order at incubator_37. */
    @ConfigProperty(name = "zone.incubator_37.maximum")
    Optional<BigDecimal> incubator37Maximum;

    /** The configured range of a zone, each end falling back to the DOMAIN.md default. */
    TemperatureRange range(TemperatureZone zone) {
        TemperatureRange defaults = zone.defaultRange();
        List<Optional<BigDecimal>> configured = switch (zone) {
            case MINUS_80 -> List.of(minus80Minimum, minus80Maximum);
            case MINUS_20 -> List.of(minus20Minimum, minus20Maximum);
            case PLUS_4 -> List.of(plus4Minimum, plus4Maximum);
            case ROOM_TEMPERATURE -> List.of(roomTemperatureMinimum, roomTemperatureMaximum);
            case LIQUID_NITROGEN -> List.of(liquidNitrogenMinimum, liquidNitrogenMaximum);
            case INCUBATOR_37 -> List.of(incubator37Minimum, incubator37Maximum);
        };
        return new TemperatureRange(
                configured.get(0).orElse(defaults.minimum()), configured.get(1).orElse(defaults.maximum()));
    }

    CapacityStatus.Thresholds thresholds() {
        return new CapacityStatus.Thresholds(
                capacityWarning.orElse(CapacityStatus.Thresholds.DEFAULT.warning()),
                capacityCritical.orElse(CapacityStatus.Thresholds.DEFAULT.critical()));
    }

    int freezeThawLimit() {
        return freezeThawLimit.orElse(FreezeThaw.DEFAULT.defaultLimit());
    }
}
