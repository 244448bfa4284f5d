package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.qaqc.domain.CurrentResult;
import org.tracseq.qaqc.domain.EffectiveQc;
import org.tracseq.qaqc.domain.LibraryQc;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.domain.PoolQc;
import org.tracseq.qaqc.domain.QcResult;
import org.tracseq.qaqc.domain.ResultFilter;
import org.tracseq.qaqc.domain.Subject;
import org.tracseq.qaqc.domain.SubjectKind;
import org.tracseq.qaqc.domain.SubjectRef;
import org.tracseq.qaqc.domain.Summary;
import org.tracseq.qaqc.domain.Verification;
import org.tracseq.qaqc.domain.Verifications;
import org.tracseq.qaqc.persistence.DefinitionRepository;
import org.tracseq.qaqc.persistence.DefinitionRepository.Applicable;
import org.tracseq.qaqc.persistence.ResultRepository;
import org.tracseq.qaqc.persistence.SubjectRepository;

/**
 * Recording, verifying and reading results (QC-1, QC-3), a sample's summary, libraries' effective
 * QC and pools' own QC (QC-4).
 */
@ApplicationScoped
public class Results {
    private static final Metadata RECORDED = Metadata.builder()
            .withName("tracseq_qaqc_results_recorded")
            .withDescription("Results recorded, by outcome (single records and instrument files)")
            .build();

    private final Clock clock = Clock.systemUTC();

    @Inject
    Subjects subjects;

    @Inject
    DefinitionRepository definitions;

    @Inject
    ResultRepository results;

    @Inject
    SubjectRepository projections;

    @Inject
    QcEvents events;

    @Inject
    MetricRegistry metrics;

    /** One measurement, judged at once by the current definition for its subject (QC-1). */
    @Transactional
    public QcResult record(
            SubjectRef ref, String metric, BigDecimal value, String instrument, String note, String actor) {
        Applicable applicable = applicable(ref, metric);
        Subject subject = applicable.subject();
        MetricDefinition definition =
                applicable.definition().orElseThrow(() -> noDefinition(metric, subject.appliesTo()));
        QcResult result =
                QcResult.judged(UUID.randomUUID(), subject, definition, value, instrument, note, null, actor, now());
        results.addAll(List.of(result));
        events.recorded(result, actor);
        count(List.of(result));
        return result;
    }

    /**
     * The subject and the definition that judges {@code metric} for it. A barcode the projections
     * know takes one statement for both (the common case at the bench); otherwise the subject is
     * resolved first (perhaps asking the samples service) and its definition read after.
     */
    private Applicable applicable(SubjectRef ref, String metric) {
        if (ref.id() == null) {
            Optional<Applicable> known = definitions.forBarcode(ref.barcode(), metric);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Subject subject = subjects.resolve(ref);
        return new Applicable(subject, definitions.current(metric, subject.appliesTo()));
    }

    /** Adds {@code verifier}'s verification (QC-3), under the result's lock so two verifiers queue. */
    @Transactional
    public QcResult verify(UUID id, String note, String verifier) {
        QcResult result = results.lock(id).orElseThrow(() -> ProblemException.notFound("Result", id));
        Verifications.check(
                result.measuredBy(),
                result.verificationsRequired(),
                result.verifications().stream().map(Verification::verifiedBy).toList(),
                verifier);
        results.addVerification(id, new Verification(verifier, now(), note));
        QcResult verified = results.find(id).orElseThrow();
        events.verified(verified, verifier);
        return verified;
    }

    @Transactional
    public QcResult find(UUID id) {
        return results.find(id).orElseThrow(() -> ProblemException.notFound("Result", id));
    }

    /** The results {@code filter} lets through (by outcome, time, awaiting verification), newest first. */
    @Transactional
    public Page<QcResult> list(ResultFilter filter, PageRequest request) {
        return results.matching(filter, request);
    }

    /** A sample's QC: every result, the latest per metric, and its standing; no results is {@code pending}. */
    @Transactional
    public Summary sampleSummary(UUID sampleId) {
        List<QcResult> all = results.ofSubject(sampleId);
        Map<String, QcResult> latest = new LinkedHashMap<>();
        all.forEach(result -> latest.putIfAbsent(result.metric(), result));
        List<QcResult> current = List.copyOf(latest.values());
        String barcode = projections
                .sample(sampleId)
                .map(Subject::barcode)
                .orElse(all.isEmpty() ? null : all.get(0).subject().barcode());
        return new Summary(
                SubjectKind.SAMPLE,
                sampleId,
                barcode,
                EffectiveQc.ofSubject(
                        "sample", current.stream().map(QcResult::current).toList()),
                current,
                all);
    }

    /** Effective QC of each library (QC-4), in the order asked; libraries not known here are left out. */
    @Transactional
    public List<LibraryQc> effective(List<UUID> libraryIds) {
        Map<UUID, UUID> sources = subjects.librarySources(libraryIds);
        Set<UUID> subjectIds = new HashSet<>(sources.keySet());
        subjectIds.addAll(sources.values());
        Map<UUID, List<CurrentResult>> current = results.current(subjectIds);
        List<LibraryQc> qc = new ArrayList<>();
        for (UUID libraryId : new LinkedHashSet<>(libraryIds)) {
            UUID sampleId = sources.get(libraryId);
            if (sampleId != null) {
                qc.add(new LibraryQc(
                        libraryId,
                        sampleId,
                        EffectiveQc.ofLibrary(
                                current.getOrDefault(sampleId, List.of()),
                                current.getOrDefault(libraryId, List.of()))));
            }
        }
        return qc;
    }

    /**
     * Each pool's own QC standing (QC-4 over its own current results), in the order asked; pools
     * not known here are left out.
     */
    @Transactional
    public List<PoolQc> poolQc(List<UUID> poolIds) {
        Map<UUID, Optional<String>> names = projections.poolNames(poolIds);
        Map<UUID, List<CurrentResult>> current = results.current(names.keySet());
        return new LinkedHashSet<>(poolIds)
                .stream()
                        .filter(names::containsKey)
                        .map(id -> new PoolQc(
                                id,
                                names.get(id).orElse(null),
                                EffectiveQc.ofSubject("pool", current.getOrDefault(id, List.of()))))
                        .toList();
    }

    void count(List<QcResult> recorded) {
        for (QcResult result : recorded) {
            metrics.counter(RECORDED, new Tag("outcome", result.outcome().name().toLowerCase(Locale.ROOT)))
                    .inc();
        }
    }

    Instant now() {
        // Microseconds: what PostgreSQL keeps, so the answer equals a later read.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static RuleViolation noDefinition(String metric, String appliesTo) {
        return RuleViolation.unprocessable(
                "QC-1",
                "No definition of '" + metric + "' applies to " + appliesTo
                        + ", so the value cannot be judged; a lab administrator defines it first (POST /definitions)");
    }
}
