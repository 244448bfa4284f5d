package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StorageAnswer;
import org.tracseq.samples.persistence.SampleEntity;
import org.tracseq.samples.persistence.SampleRepository;

/**
 * Follows the sequencing service's runs (group {@code samples.sequencing}, SM-STATUS): when a run
 * goes {@code running} its source samples become {@code in_sequencing}; when it is
 * {@code completed} or {@code failed} they become that too. Each event names the run's source
 * samples ({@code sequencing.run.status_changed}). The sample is locked and its status decides
 * ({@link #steps}), so a late or repeated event changes nothing, and an end that arrives before
 * the start passes through {@code in_sequencing}. Samples this service does not know are ignored.
 */
@ApplicationScoped
public class SequencingRuns implements EventHandler {
    private static final String STATUS_CHANGED = "sequencing.run.status_changed";

    @Inject
    SampleRepository samples;

    @Inject
    SampleService service;

    @Override
    public String group() {
        return "samples.sequencing";
    }

    @Override
    public Set<String> families() {
        return Set.of("sequencing");
    }

    @Override
    public void apply(Event event) {
        if (!STATUS_CHANGED.equals(event.type())) {
            return;
        }
        JsonObject change = parse(event.payload());
        String runStatus = change.getString("to");
        String reason = "sequencing run " + change.getString("runId") + " " + runStatus
                + (change.containsKey("reason") ? ": " + change.getString("reason") : "");
        for (JsonString id : change.getJsonArray("sampleIds").getValuesAs(JsonString.class)) {
            Optional<SampleEntity> sample = samples.lockById(UUID.fromString(id.getString()));
            if (sample.isEmpty()) {
                continue;
            }
            for (SampleStatus step : steps(sample.get().status(), runStatus)) {
                service.changeStatus(sample.get().id(), step, reason, StorageAnswer.NOT_ASKED, event.actor());
            }
        }
    }

    /**
     * SM-STATUS steps a source sample takes when its run reaches {@code runStatus}: none when the
     * sample is not where the run finds it (already moved on, or out of circulation).
     */
    static List<SampleStatus> steps(SampleStatus current, String runStatus) {
        boolean available = current == SampleStatus.VALIDATED || current == SampleStatus.IN_STORAGE;
        return switch (runStatus) {
            case "running" -> available ? List.of(SampleStatus.IN_SEQUENCING) : List.of();
            case "completed", "failed" -> {
                SampleStatus end = "completed".equals(runStatus) ? SampleStatus.COMPLETED : SampleStatus.FAILED;
                if (current == SampleStatus.IN_SEQUENCING) {
                    yield List.of(end);
                }
                yield available ? List.of(SampleStatus.IN_SEQUENCING, end) : List.of();
            }
            default -> List.of();
        };
    }

    private static JsonObject parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
