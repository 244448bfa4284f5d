package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.qaqc.domain.DefinitionDraft;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.persistence.DefinitionRepository;

/** Metric definitions (QC-1, QC-2): listing them, and an administrator's change as a new version. */
@ApplicationScoped
public class Definitions {
    private final Clock clock = Clock.systemUTC();

    @Inject
    DefinitionRepository repository;

    @Inject
    QcEvents events;

    @Transactional
    public List<MetricDefinition> current(Optional<String> metric) {
        return repository.current(metric);
    }

    @Transactional
    public List<MetricDefinition> versions(String metric, String appliesTo) {
        List<MetricDefinition> versions = repository.versions(metric, appliesTo);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Definition", metric + " for " + appliesTo);
        }
        return versions;
    }

    /** The draft as the definition's next version (1 for a new one); past results keep theirs. */
    @Transactional
    public MetricDefinition change(DefinitionDraft draft, String actor) {
        repository.lock(draft.metric(), draft.appliesTo());
        MetricDefinition next = draft.after(
                repository.current(draft.metric(), draft.appliesTo()),
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor);
        repository.add(next);
        events.thresholdChanged(next, actor);
        return next;
    }
}
