package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.qaqc.persistence.SubjectRepository;

/**
 * Keeps {@code known_pools} from the sequencing service's {@code sequencing.pool.created} events
 * (group {@code qaqc.pools}), so a pool's own QC is recorded against it without asking sequencing.
 * Other sequencing events are ignored.
 */
@ApplicationScoped
public class PoolProjection implements EventHandler {
    @Inject
    SubjectRepository projections;

    @Override
    public String group() {
        return "qaqc.pools";
    }

    @Override
    public Set<String> families() {
        return Set.of("sequencing");
    }

    @Override
    public void apply(Event event) {
        if (!"sequencing.pool.created".equals(event.type())) {
            return;
        }
        JsonObject pool = SampleProjection.parse(event.payload());
        projections.poolSeen(UUID.fromString(pool.getString("poolId")), pool.getString("name", null), event.version());
    }
}
