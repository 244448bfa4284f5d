package org.tracseq.qaqc.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.qaqc.domain.Subject;

/**
 * Asks the samples service about samples the projection does not know (yet): one call per up to
 * 500 barcodes. PLACEHOLDER until the platform's samples client lands on main: answers nothing.
 */
@ApplicationScoped
public class SampleLookup {
    /** The samples with these barcodes; barcodes samples does not know are absent. */
    public Map<String, Subject> byBarcodes(Collection<String> barcodes) {
        return Map.of();
    }

    /** The sample with this id, if samples knows it. */
    public Optional<Subject> byId(UUID id) {
        return Optional.empty();
    }
}
