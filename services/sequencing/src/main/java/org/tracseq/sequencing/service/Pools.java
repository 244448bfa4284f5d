package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.sequencing.client.QaqcDirectory;
import org.tracseq.sequencing.domain.Library;
import org.tracseq.sequencing.domain.Pool;
import org.tracseq.sequencing.domain.PoolQc;
import org.tracseq.sequencing.domain.PooledLibrary;
import org.tracseq.sequencing.domain.PoolingCalculator;
import org.tracseq.sequencing.domain.RunQc;
import org.tracseq.sequencing.persistence.LibraryRepository;
import org.tracseq.sequencing.persistence.PoolRepository;

/** Pools: the calculator (LB-3) and pools made with every library's QC-4 standing recorded. */
@ApplicationScoped
public class Pools {
    @Inject
    LibraryRepository libraries;

    @Inject
    PoolRepository pools;

    @Inject
    QaqcDirectory qc;

    @Inject
    SequencingEvents events;

    /** A library and its wanted share (a weight). */
    public record Member(UUID libraryId, BigDecimal share) {}

    /** What to pipette: the calculator's plan with the libraries it is about. */
    public record Plan(List<Library> libraries, List<Member> members, PoolingCalculator.Plan volumes) {}

    /** The calculator alone; writes nothing. */
    @Transactional
    public Plan plan(List<Member> members, BigDecimal targetNm, BigDecimal targetVolumeUl) {
        List<Library> known = known(members);
        List<PoolingCalculator.PoolInput> inputs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Library library = known.get(i);
            if (library.molarityNm() == null || library.molarityNm().signum() <= 0) {
                throw RuleViolation.unprocessable(
                        "LB-2",
                        "Library " + library.name() + " has no molarity yet (LB-2 needs its concentration and "
                                + "fragment size); it cannot be pooled by molar share");
            }
            inputs.add(new PoolingCalculator.PoolInput(
                    library.name(), library.molarityNm(), members.get(i).share()));
        }
        return new Plan(known, members, PoolingCalculator.plan(inputs, targetNm, targetVolumeUl));
    }

    /**
     * A pool. The libraries' QC (QC-4) is read from qaqc first, before anything is written: a
     * failed library is refused unless {@code overrideReason} is given by someone who may override.
     */
    @Transactional
    public Pool create(
            String name,
            List<Member> members,
            BigDecimal targetNm,
            BigDecimal targetVolumeUl,
            String overrideReason,
            boolean mayOverride,
            String actor) {
        Plan plan = plan(members, targetNm, targetVolumeUl);
        Map<UUID, PoolQc.LibraryStanding> standings =
                qc.effective(members.stream().map(Member::libraryId).toList());
        List<PoolQc.LibraryStanding> named = plan.libraries().stream()
                .map(library -> {
                    PoolQc.LibraryStanding standing = standings.get(library.id());
                    return new PoolQc.LibraryStanding(library.name(), standing.standing(), standing.reasons());
                })
                .toList();
        boolean overridden = PoolQc.check(named, overrideReason, mayOverride);
        List<PooledLibrary> pooled = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Library library = plan.libraries().get(i);
            PoolingCalculator.LibraryVolume volume = plan.volumes().libraries().get(i);
            PoolQc.LibraryStanding standing = named.get(i);
            pooled.add(new PooledLibrary(
                    library,
                    members.get(i).share(),
                    volume.shareFraction(),
                    volume.volumeUl(),
                    library.molarityNm(),
                    standing.standing(),
                    standing.reasons()));
        }
        Pool pool = new Pool(
                UUID.randomUUID(),
                name,
                targetNm,
                targetVolumeUl,
                plan.volumes().bufferUl(),
                pooled,
                overridden ? overrideReason : null,
                overridden ? actor : null,
                actor,
                Instant.now());
        pools.insert(pool);
        events.poolCreated(pool);
        return pool;
    }

    @Transactional
    public Pool find(UUID id) {
        return pools.find(id).orElseThrow(() -> ProblemException.notFound("Pool", id));
    }

    /**
     * The pool's own QC standing (QC-4) as qaqc judges it now; empty while qaqc cannot answer (a
     * read shows what it can). Reads nothing here, so it holds no transaction.
     */
    public Optional<RunQc.PoolStanding> ownQc(UUID id) {
        return qc.poolsIfAnswered(List.of(id)).map(standings -> standings.get(id));
    }

    @Transactional
    public Library library(UUID id) {
        return libraries.find(id).orElseThrow(() -> ProblemException.notFound("Library", id));
    }

    /** The members' libraries in the members' order; 404 naming every library not known, 422 for one named twice. */
    private List<Library> known(List<Member> members) {
        List<UUID> ids = members.stream().map(Member::libraryId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw RuleViolation.unprocessable(
                    "LB-3", "A library is named twice in the pool; give each library once, with its whole share");
        }
        Map<UUID, Library> found = new LinkedHashMap<>(libraries.byIds(ids));
        List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    404,
                    "not-found",
                    "Not found",
                    "Libraries " + missing + " are not known here (library-prep has not announced them)");
        }
        return ids.stream().map(found::get).toList();
    }
}
