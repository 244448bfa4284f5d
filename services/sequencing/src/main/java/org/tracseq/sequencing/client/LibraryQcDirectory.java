package org.tracseq.sequencing.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.contract.qaqc.client.SummariesApi;
import org.tracseq.contract.qaqc.model.EffectiveQc;
import org.tracseq.contract.qaqc.model.EffectiveQcList;
import org.tracseq.contract.qaqc.model.EffectiveQcRequest;
import org.tracseq.platform.client.RemoteCalls;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.sequencing.domain.PoolQc.LibraryStanding;
import org.tracseq.sequencing.domain.PoolQc.Standing;

/**
 * Libraries' effective QC (QC-4) from the qaqc service through its generated client, with the
 * caller's token, under {@link QaqcPolicy}; 503 with {@code Retry-After} when qaqc cannot answer. A library qaqc has not
 * heard of is {@code pending}: nothing about it has failed yet. Read-only, called before anything
 * is written.
 */
@ApplicationScoped
public class LibraryQcDirectory {
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
            EffectiveQcList answer = remote(() -> qaqc.queryEffectiveQc(new EffectiveQcRequest().libraryIds(chunk)));
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

    /** One call under {@link QaqcPolicy}, mapped as every client's ({@link RemoteCalls}). */
    private <T> T remote(Supplier<T> call) {
        return RemoteCalls.underPolicy(
                policy::call,
                () -> RemoteCalls.invoke(
                        "qaqc",
                        call,
                        refused -> new ProblemException(
                                502,
                                "qaqc-refused",
                                "Refused by the qaqc service",
                                "The qaqc service refused to give the libraries' QC: " + RemoteCalls.detail(refused))),
                "The qaqc service is unavailable, so the libraries' QC (QC-4) cannot be checked and nothing was"
                        + " written; retry later",
                settings.retryAfterSeconds);
    }
}
