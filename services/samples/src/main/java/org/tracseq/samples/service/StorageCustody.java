package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StorageAnswer;
import org.tracseq.samples.domain.StorageCustodyRules;
import org.tracseq.samples.persistence.SampleEntity;
import org.tracseq.samples.persistence.SampleRepository;

/**
 * Follows storage's custody events (docs/events.md): a placement makes a validated sample
 * {@code in_storage}, storage's discard makes it {@code discarded} and empty (ST-7). Each event is
 * applied in the consumer's transaction (with its inbox row), through {@link SampleService} so the
 * status history and audit trail record it with the event's actor. The sample is locked first and
 * its status decides ({@link StorageCustodyRules}), so a late or repeated event changes nothing. A
 * sample this service does not know (another deployment's) is ignored: failing would only make a
 * dead letter.
 */
@ApplicationScoped
public class StorageCustody implements EventHandler {
    private static final Logger LOG = Logger.getLogger(StorageCustody.class.getName());
    private static final String PLACED = "storage.item.placed";
    private static final String DISCARDED = "storage.item.discarded";

    @Inject
    SampleRepository samples;

    @Inject
    SampleService service;

    @Override
    public String group() {
        return "samples.storage";
    }

    @Override
    public Set<String> families() {
        return Set.of("storage");
    }

    @Override
    public void apply(Event event) {
        if (!PLACED.equals(event.type()) && !DISCARDED.equals(event.type())) {
            return;
        }
        JsonObject custody = parse(event.payload());
        Optional<SampleEntity> sample = samples.lockById(UUID.fromString(custody.getString("sampleId")));
        if (sample.isEmpty()) {
            return;
        }
        SampleStatus current = sample.get().status();
        List<SampleStatus> steps = PLACED.equals(event.type())
                ? StorageCustodyRules.afterPlacement(current)
                : StorageCustodyRules.afterDiscard(current);
        String reason = PLACED.equals(event.type())
                ? "placed in storage (box " + custody.getString("toBox") + ", position "
                        + custody.getString("toPosition") + ")"
                : custody.containsKey("note")
                        ? "discarded from storage: " + custody.getString("note")
                        : "discarded from storage";
        for (SampleStatus step : steps) {
            // LET_GO: storage has let the tube go, so samples must not ask storage again (ST-7).
            StorageAnswer storage = step == SampleStatus.DISCARDED ? StorageAnswer.LET_GO : StorageAnswer.NOT_ASKED;
            service.changeStatus(sample.get().id(), step, reason, storage, event.actor());
        }
        if (DISCARDED.equals(event.type()) && StorageCustodyRules.discardUnfollowable(current)) {
            LOG.warning("Storage discarded sample " + sample.get().barcode() + " (event " + event.id() + "), which is "
                    + current.wireValue() + " here and cannot become discarded; left as it is");
        }
    }

    private static JsonObject parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
