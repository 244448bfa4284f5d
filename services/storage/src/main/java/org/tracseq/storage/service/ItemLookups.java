package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.storage.domain.Item;
import org.tracseq.storage.persistence.ItemRepository;

/**
 * The reads a request makes before its transaction (before it asks the samples service, which must
 * not happen inside one), each a short transaction of its own: Liberty keeps a connection used
 * outside a transaction until the request ends, so a request would otherwise hold two, and twenty
 * concurrent placements would drain the pool.
 */
@ApplicationScoped
public class ItemLookups {
    @Inject
    ItemRepository items;

    /** The sample as this service knows it, by id or barcode. */
    @Transactional
    public Optional<Item> find(StorageService.SampleRef ref) {
        return ref.id() != null ? items.find(ref.id()) : items.findByBarcode(ref.barcode());
    }

    @Transactional
    public Optional<Item> find(UUID sampleId) {
        return items.find(sampleId);
    }

    /** The freeze-thaw counts of those of these samples this service holds. */
    @Transactional
    public List<Integer> freezeThawCounts(List<UUID> sampleIds) {
        return items.freezeThawCounts(sampleIds);
    }
}
