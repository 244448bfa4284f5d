package org.tracseq.libraryprep.service;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How a plate is made (MP Config, {@code tracseq.library-prep.*}). */
@Dependent
@ConfigProperties(prefix = "tracseq.library-prep")
public class PlateSettings {
    /** Derived children asked of the samples service at once for one plate, so 96 wells are not 96 calls in a row. */
    @ConfigProperty(name = "parallel-sample-calls", defaultValue = "8")
    int parallelSampleCalls;
}
