package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.sequencing.domain.Instrument;
import org.tracseq.sequencing.domain.InstrumentState;
import org.tracseq.sequencing.domain.Platform;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.persistence.InstrumentRepository;
import org.tracseq.sequencing.persistence.RunRepository;

/** The lab's instruments, their states (every change recorded) and their queues. */
@ApplicationScoped
public class Instruments {
    @Inject
    InstrumentRepository instruments;

    @Inject
    RunRepository runs;

    @Inject
    SequencingEvents events;

    /** An instrument's running runs, and its queued ones in the order they will run. */
    public record Queue(Instrument instrument, List<Run> running, List<Run> queued) {}

    @Transactional
    public Instrument register(String name, String serialNumber, Platform platform, int capacity, String actor) {
        Instrument instrument = new Instrument(
                UUID.randomUUID(), name, serialNumber, platform, capacity, InstrumentState.AVAILABLE, Instant.now());
        if (!instruments.insert(instrument, actor)) {
            throw ProblemException.conflict("An instrument named '" + name + "' or with serial number '" + serialNumber
                    + "' is already registered; instruments are told apart by both");
        }
        events.instrumentChanged("registered", instrument, null, actor);
        return instrument;
    }

    @Transactional
    public Instrument changeState(UUID id, InstrumentState target, String reason, String actor) {
        Instrument current = instruments.lock(id).orElseThrow(() -> ProblemException.notFound("Instrument", id));
        InstrumentState next = current.state().moveTo(target, runs.runningOn(id));
        instruments.changeState(id, next, reason, actor, Instant.now());
        Instrument changed = new Instrument(
                id,
                current.name(),
                current.serialNumber(),
                current.platform(),
                current.capacity(),
                next,
                current.createdAt());
        events.instrumentChanged("status_changed", changed, reason, actor);
        return changed;
    }

    @Transactional
    public Instrument find(UUID id) {
        return instruments.find(id).orElseThrow(() -> ProblemException.notFound("Instrument", id));
    }

    @Transactional
    public List<Instrument> all() {
        return instruments.all();
    }

    @Transactional
    public Queue queue(UUID id) {
        Instrument instrument = find(id);
        return new Queue(
                instrument,
                runs.onInstrument(id, SequencingStatus.RUNNING),
                runs.onInstrument(id, SequencingStatus.QUEUED));
    }
}
