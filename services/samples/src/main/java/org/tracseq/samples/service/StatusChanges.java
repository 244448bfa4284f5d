package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.tracseq.samples.client.StorageHoldings;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StorageAnswer;

/**
 * Status changes, deletion included. Taking a sample out of circulation (discarded, deleted) first
 * asks the storage service whether it still holds the sample (ST-7), outside any transaction, and
 * only for a sample that was ever {@code in_storage}: most changes make no remote call.
 */
@ApplicationScoped
public class StatusChanges {
    @Inject
    SampleService samples;

    @Inject
    StorageHoldings storage;

    public Sample change(UUID id, SampleStatus target, String reason, String actor) {
        return samples.changeStatus(id, target, reason, askStorage(id, target), actor);
    }

    /** Soft deletion: the status {@code deleted}, under the same rules as any status change. */
    public Sample delete(UUID id, String reason, String actor) {
        return change(id, SampleStatus.DELETED, reason, actor);
    }

    private StorageAnswer askStorage(UUID id, SampleStatus target) {
        if (!target.leavesCirculation() || !samples.wasEverInStorage(id)) {
            return StorageAnswer.NOT_ASKED;
        }
        return storage.holds(id) ? StorageAnswer.HOLDS : StorageAnswer.LET_GO;
    }
}
