package org.tracseq.gateway.migration;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the gateway follows migration modes changed at run time: {@code tracseq.gateway.migration.*}. */
@ConfigProperties(prefix = "tracseq.gateway.migration")
@Dependent
public class MigrationSettings {
    /** How often the modes are read from Redis: a change reaches every gateway within this time. */
    @ConfigProperty(name = "poll-ms", defaultValue = "500")
    long pollMs;
}
