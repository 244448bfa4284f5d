package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.storage.domain.Handling;
import org.tracseq.storage.domain.Item;

/**
 * ST-7 across both services. Storage is the authority for a sample it holds: the discard is checked
 * here and against the samples service's status (a read, before the transaction, so a sample that
 * could not become {@code discarded} there is refused at once), then committed here (position freed,
 * counters, custody event {@code storage.item.discarded}); the samples service follows that event
 * on its own (docs/events.md), so nothing is sent to it.
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
        // Refused without asking samples: already discarded here.
        Handling.discard(item.state(), item.barcode());
        Handling.checkSampleDiscardable(directory.sample(sampleId).status(), item.barcode());
        return storage.discard(sampleId, note, actor);
    }
}
