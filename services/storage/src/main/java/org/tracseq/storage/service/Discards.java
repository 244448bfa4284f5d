package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.storage.client.SampleDirectory;
import org.tracseq.storage.client.SampleInfo;
import org.tracseq.storage.domain.Handling;
import org.tracseq.storage.domain.Item;

/**
 * ST-7 across both services. Storage is the authority for a sample it holds: the discard is checked
 * first (here and the samples service's status), committed here (position freed, counters, custody
 * event), and only then told to samples (status {@code discarded}, which empties the sample there);
 * samples allows it because storage has discarded it by then. If samples cannot be told, the caller
 * gets a 503 and the same discard, sent again, only tells samples.
 */
@ApplicationScoped
public class Discards {
    @Inject
    StorageService storage;

    @Inject
    ItemLookups lookups;

    @Inject
    SampleDirectory directory;

    public Views.ItemView discard(UUID sampleId, StorageService.Note note, String actor) {
        Item item = lookups.find(sampleId)
                .orElseThrow(() -> new ProblemException(
                        404, "not-found", "Not found", "Sample '" + sampleId + "' has not been in storage"));
        SampleInfo current = directory.sample(sampleId);
        Handling.DiscardSteps steps = Handling.discard(item.state(), current.status(), item.barcode());
        Views.ItemView discarded = steps == Handling.DiscardSteps.SAMPLES_ONLY
                ? storage.view(sampleId)
                : storage.discard(sampleId, note, actor);
        if (steps != Handling.DiscardSteps.HERE_ONLY) {
            tellSamples(sampleId, item.barcode());
        }
        return discarded;
    }

    private void tellSamples(UUID sampleId, String barcode) {
        try {
            directory.changeStatus(sampleId, "discarded");
        } catch (ProblemException e) {
            if (e.status() != 503) {
                throw e;
            }
            throw ProblemException.unavailable(
                    "Sample " + barcode + " is discarded in storage and its position is free, but the samples "
                            + "service could not be told; send the same discard again to finish",
                    e.retryAfterSeconds().orElse(10));
        }
    }
}
