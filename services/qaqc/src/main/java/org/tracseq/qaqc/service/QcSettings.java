package org.tracseq.qaqc.service;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The qaqc service's own numbers (MP Config, e.g. {@code TRACSEQ_QAQC_IMPORT_MAX_ROWS}). */
@Dependent
@ConfigProperties(prefix = "tracseq.qaqc")
public class QcSettings {
    /** Data rows (samples, for a Bioanalyzer file) one instrument file may have; a larger file is refused. */
    @ConfigProperty(name = "import.max-rows", defaultValue = "2000")
    int importMaxRows;
}
