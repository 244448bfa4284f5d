package org.tracseq.sequencing.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.contract.qaqc.client.SummariesApi;
import org.tracseq.contract.qaqc.model.EffectiveQc;
import org.tracseq.contract.qaqc.model.EffectiveQcList;
import org.tracseq.contract.qaqc.model.EffectiveQcRequest;
import org.tracseq.contract.qaqc.model.PoolQc;
import org.tracseq.contract.qaqc.model.PoolQcList;
import org.tracseq.platform.client.RemoteCalls;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.sequencing.domain.PoolQc.LibraryStanding;
import org.tracseq.sequencing.domain.PoolQc.Standing;
import org.tracseq.sequencing.domain.RunQc.PoolStanding;

/**
 * Libraries' effective QC and pools' own QC (QC-4) from the qaqc service through its generated
 * client, with the caller's token, under {@link QaqcPolicy}; 503 with {@code Retry-After} when qaqc
 * cannot answer. A library or pool qaqc has not heard of is {@code pending}: nothing about it has
 * failed yet. Read-only, called before anything is written or locked.
 */
@ApplicationScoped
public class QaqcDirectory {
    /** The qaqc contract's {@code maxItems} of one query. */
    private static final int CHUNK = 500;

    @Inject
    @ConfigProperties
    QaqcSettings settings;

    @Inject
    QaqcPolicy policy;

    private SummariesApi qaqc;

    @PostConstruct
    void connect() {
        qaqc = RestClients.create(
                SummariesApi.class,
                settings.url,
                Duration.ofMillis(settings.connectTimeoutMs),
                Duration.ofMillis(settings.readTimeoutMs));
    }

    /** Each library's standing, keyed by library id (every id asked for is present). */
    public Map<UUID, LibraryStanding> effective(List<UUID> libraryIds) {
        Map<UUID, LibraryStanding> standings = new HashMap<>();
        for (int from = 0; from < libraryIds.size(); from += CHUNK) {
            List<UUID> chunk = libraryIds.subList(from, Math.min(libraryIds.size(), from + CHUNK));
            EffectiveQcList answer = remote(
                    () -> qaqc.queryEffectiveQc(new EffectiveQcRequest().libraryIds(chunk)), "the libraries' QC");
            for (EffectiveQc qc : answer.getLibraries()) {
                standings.put(
                        qc.getLibraryId(),
                        new LibraryStanding(
                                qc.getLibraryId().toString(),
                                Standing.fromWire(qc.getEffective().toString()),
                                qc.getReasons() == null ? List.of() : qc.getReasons()));
            }
        }
        for (UUID id : libraryIds) {
            standings.computeIfAbsent(
                    id,
                    unknown -> new LibraryStanding(
                            unknown.toString(), Standing.PENDING, new ArrayList<>(List.of("no QC recorded yet"))));
        }
        return standings;
    }

    /**
     * Each pool's own QC standing, keyed by pool id (every id asked for is present; a run has at
     * most 8 lanes, far below the contract's 100 a call).
     */
    public Map<UUID, PoolStanding> pools(Collection<UUID> poolIds) {
        PoolQcList answer = remote(() -> qaqc.getPoolQc(List.copyOf(poolIds)), "the pools' own QC");
        Map<UUID, PoolStanding> standings = new HashMap<>();
        for (PoolQc qc : answer.getPools()) {
            standings.put(
                    qc.getPoolId(),
                    new PoolStanding(
                            qc.getPoolId().toString(),
                            Standing.fromWire(qc.getStanding().toString()),
                            qc.getReasons() == null ? List.of() : qc.getReasons()));
        }
        for (UUID id : poolIds) {
            standings.computeIfAbsent(
                    id,
                    unknown -> new PoolStanding(
                            unknown.toString(), Standing.PENDING, List.of("qaqc has not heard of the pool yet")));
        }
        return standings;
    }

    /** As {@link #pools}, for a read that shows the standing: empty while qaqc cannot answer. */
    public Optional<Map<UUID, PoolStanding>> poolsIfAnswered(Collection<UUID> poolIds) {
        try {
            return Optional.of(pools(poolIds));
        } catch (ProblemException e) {
            if (e.status() == 503) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One call under {@link QaqcPolicy}, mapped as every client's ({@link RemoteCalls}). */
    private <T> T remote(Supplier<T> call, String what) {
        return RemoteCalls.underPolicy(
                policy::call,
                () -> RemoteCalls.invoke(
                        "qaqc",
                        call,
                        refused -> new ProblemException(
                                502,
                                "qaqc-refused",
                                "Refused by the qaqc service",
                                "The qaqc service refused to give " + what + ": " + RemoteCalls.detail(refused))),
                "The qaqc service is unavailable, so " + what + " (QC-4) cannot be checked and nothing was"
                        + " written; retry later",
                settings.retryAfterSeconds);
    }
}
