package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tracseq.storage.persistence.LocationRepository;

/**
 * ST-5 for the operator: how many storage units (freezers, refrigerators, incubators, LN2 tanks) are
 * at critical capacity now, as the gauge {@code tracseq_storage_units_critical}, which the "storage
 * capacity critical" alert watches (docs/operations.md). One count at each scrape.
 */
@ApplicationScoped
public class CapacityMetrics {
    @Inject
    LocationRepository locations;

    @Inject
    StorageRules rules;

    @Inject
    MetricRegistry metrics;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        metrics.gauge(
                Metadata.builder()
                        .withName("tracseq_storage_units_critical")
                        .withDescription("Storage units whose occupancy is at or above the critical share (ST-5)")
                        .build(),
                () -> locations.unitsFilledTo(rules.thresholds().criticalBasisPoints()));
    }
}
