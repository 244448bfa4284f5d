package org.tracseq.sequencing.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RemoteServiceFailure;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.sequencing.domain.PoolQc.LibraryStanding;
import org.tracseq.sequencing.domain.PoolQc.Standing;

/**
 * Libraries' effective QC (QC-4) from the qaqc service, with the caller's token, under
 * {@link QaqcPolicy}; 503 with {@code Retry-After} when qaqc cannot answer. A library qaqc has not
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

    private QaqcApi qaqc;

    @PostConstruct
    void connect() {
        qaqc = RestClients.create(
                QaqcApi.class,
                settings.url,
                Duration.ofMillis(settings.connectTimeoutMs),
                Duration.ofMillis(settings.readTimeoutMs));
    }

    /** Each library's standing, keyed by library id (every id asked for is present). */
    public Map<UUID, LibraryStanding> effective(List<UUID> libraryIds) {
        Map<UUID, LibraryStanding> standings = new HashMap<>();
        for (int from = 0; from < libraryIds.size(); from += CHUNK) {
            List<UUID> chunk = libraryIds.subList(from, Math.min(libraryIds.size(), from + CHUNK));
            QaqcApi.EffectiveQcList answer = remote(() -> qaqc.queryEffectiveQc(new QaqcApi.EffectiveQcRequest(chunk)));
            for (QaqcApi.EffectiveQc qc : answer.libraries()) {
                standings.put(
                        qc.libraryId(),
                        new LibraryStanding(
                                qc.libraryId().toString(),
                                Standing.fromWire(qc.effective()),
                                qc.reasons() == null ? List.of() : qc.reasons()));
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

    private <T> T remote(Supplier<T> call) {
        try {
            return policy.call(() -> {
                try {
                    return call.get();
                } catch (RemoteProblemException e) {
                    if (e.isTransient()) {
                        throw new RemoteServiceFailure("qaqc", "The qaqc service answered " + e.status(), e);
                    }
                    throw new ProblemException(
                            e.status() == 401 || e.status() == 403 ? e.status() : 502,
                            "qaqc-refused",
                            "Refused by the qaqc service",
                            "The qaqc service refused to give the libraries' QC: "
                                    + (e.problem() == null
                                            ? e.getMessage()
                                            : e.problem().getDetail()));
                } catch (ProcessingException e) {
                    throw new RemoteServiceFailure("qaqc", "The qaqc service cannot be reached", e);
                }
            });
        } catch (RemoteServiceFailure | TimeoutException | CircuitBreakerOpenException e) {
            throw ProblemException.unavailable(
                    "The qaqc service is unavailable, so the libraries' QC (QC-4) cannot be checked and nothing was"
                            + " written; retry later",
                    settings.retryAfterSeconds);
        }
    }
}
