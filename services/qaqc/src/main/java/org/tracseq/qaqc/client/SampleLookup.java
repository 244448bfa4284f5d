package org.tracseq.qaqc.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.platform.samples.SampleInfo;
import org.tracseq.qaqc.domain.Subject;

/**
 * The samples service as qaqc asks it, through the platform's {@link SampleDirectory} (its one
 * fault-tolerance policy; 503 while samples cannot answer): only for samples the projection does
 * not know yet, and for many barcodes in as few calls as the samples API allows.
 */
@ApplicationScoped
public class SampleLookup {
    @Inject
    SampleDirectory samples;

    /** The samples with these barcodes; barcodes samples does not know are absent. */
    public Map<String, Subject> byBarcodes(Collection<String> barcodes) {
        return samples.samplesByBarcodes(barcodes).values().stream()
                .collect(Collectors.toMap(SampleInfo::barcode, SampleLookup::subject));
    }

    /** The sample with this id, if samples knows it. */
    public Optional<Subject> byId(UUID id) {
        return Optional.ofNullable(samples.samplesByIds(List.of(id)).get(id)).map(SampleLookup::subject);
    }

    private static Subject subject(SampleInfo sample) {
        return Subject.sample(sample.id(), sample.barcode(), sample.type());
    }
}
