package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.qaqc.client.SampleLookup;
import org.tracseq.qaqc.domain.Subject;
import org.tracseq.qaqc.domain.SubjectKind;
import org.tracseq.qaqc.domain.SubjectRef;
import org.tracseq.qaqc.persistence.SubjectRepository;

/**
 * Finds what a result is about from the local projections; only a sample they do not know yet is
 * asked of the samples service (all of a file's unknown barcodes at once), and the answer is
 * remembered. Libraries are known only from library-prep's events, pools only from sequencing's:
 * neither service is called.
 */
@ApplicationScoped
public class Subjects {
    @Inject
    SubjectRepository projections;

    @Inject
    SampleLookup samples;

    /** The subject {@code ref} names, or a 404 problem. Runs in the caller's transaction. */
    Subject resolve(SubjectRef ref) {
        if (ref.id() == null) {
            Subject subject = byBarcodes(List.of(ref.barcode())).get(ref.barcode());
            if (subject == null) {
                throw new ProblemException(
                        404,
                        "not-found",
                        "Not found",
                        "No sample or library has the barcode '" + ref.barcode()
                                + "'; check the label, or register the sample first");
            }
            return subject;
        }
        if (ref.kind() == SubjectKind.POOL) {
            return projections
                    .pool(ref.id())
                    .orElseThrow(() -> new ProblemException(
                            404,
                            "not-found",
                            "Not found",
                            "Pool '" + ref.id()
                                    + "' is not known here yet; it becomes known moments after sequencing makes it"));
        }
        if (ref.kind() == SubjectKind.LIBRARY) {
            return projections
                    .library(ref.id())
                    .orElseThrow(
                            () -> new ProblemException(
                                    404,
                                    "not-found",
                                    "Not found",
                                    "Library '" + ref.id()
                                            + "' is not known here yet; it becomes known moments after library-prep creates it"));
        }
        return projections
                .sample(ref.id())
                .orElseGet(() -> samples.byId(ref.id())
                        .map(this::remember)
                        .orElseThrow(() -> ProblemException.notFound("Sample", ref.id())));
    }

    /** The subjects of {@code barcodes}; a barcode nobody knows is absent. */
    Map<String, Subject> byBarcodes(Collection<String> barcodes) {
        Map<String, Subject> found = new HashMap<>(projections.byBarcodes(barcodes));
        List<String> unknown =
                barcodes.stream().filter(b -> !found.containsKey(b)).distinct().toList();
        if (!unknown.isEmpty()) {
            samples.byBarcodes(unknown).forEach((barcode, subject) -> found.put(barcode, remember(subject)));
        }
        return found;
    }

    private Subject remember(Subject sample) {
        projections.sampleSeen(sample.id(), sample.barcode(), sample.appliesTo(), null, 0);
        return sample;
    }

    /** Each known library's source sample (QC-4); unknown libraries are absent. */
    Map<UUID, UUID> librarySources(Collection<UUID> libraryIds) {
        return projections.librarySources(libraryIds);
    }
}
