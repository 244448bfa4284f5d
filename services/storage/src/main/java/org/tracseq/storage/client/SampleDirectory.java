package org.tracseq.storage.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.contract.samples.client.LineageApi;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.model.LineageLink;
import org.tracseq.contract.samples.model.LineageRelation;
import org.tracseq.contract.samples.model.Sample;
import org.tracseq.contract.samples.model.SampleType;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RemoteServiceFailure;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * The samples service as this service uses it, through its generated MP Rest Client with the
 * caller's token. Every operation runs under the samples service's one fault-tolerance policy
 * ({@link SamplesPolicy}) and answers 503 with {@code Retry-After} when samples cannot answer; a
 * refusal (4xx) is passed on with the samples service's own detail and rule. Only reads: samples
 * learns of placements and discards from storage's events, never by a call from here.
 */
@ApplicationScoped
public class SampleDirectory {
    private static final String SERVICE = "samples";

    @Inject
    @ConfigProperties
    SamplesSettings settings;

    @Inject
    SamplesPolicy policy;

    private SamplesApi samples;
    private LineageApi lineage;

    @PostConstruct
    void connect() {
        Duration connect = Duration.ofMillis(settings.connectTimeoutMs);
        Duration read = Duration.ofMillis(settings.readTimeoutMs);
        samples = RestClients.create(SamplesApi.class, settings.url, connect, read);
        lineage = RestClients.create(LineageApi.class, settings.url, connect, read);
    }

    /** The sample types the samples service knows (SM-TYPES wire values), from its contract. */
    public static List<String> sampleTypes() {
        return Arrays.stream(SampleType.values()).map(SampleType::toString).toList();
    }

    /** The sample with this id, or a 404 problem. */
    public SampleInfo sample(UUID id) {
        return remote(() -> info(invoke(() -> samples.getSample(id), "Sample '" + id + "'")));
    }

    /** The sample with exactly this barcode, or a 404 problem. */
    public SampleInfo sampleByBarcode(String barcode) {
        return remote(
                () -> info(invoke(() -> samples.getSampleByBarcode(barcode), "Sample with barcode '" + barcode + "'")));
    }

    /** The samples this one was aliquoted from (direct parents). */
    public List<UUID> aliquotParents(UUID id) {
        return remote(() -> {
            var ancestors =
                    invoke(() -> lineage.getLineage(id), "Sample '" + id + "'").getAncestors();
            return ancestors == null
                    ? List.of()
                    : ancestors.stream()
                            .filter(link -> link.getDepth() != null
                                    && link.getDepth() == 1
                                    && link.getRelation() == LineageRelation.ALIQUOT)
                            .map(LineageLink::getParentId)
                            .toList();
        });
    }

    /**
     * One operation under the samples policy. When samples cannot answer (unreachable, 5xx, 429 or
     * timeouts after the retries, or the breaker open) the caller gets a 503 with Retry-After; the
     * operations run before a transaction's commit, so nothing was written.
     */
    private <T> T remote(Supplier<T> operation) {
        try {
            return policy.call(operation);
        } catch (RemoteServiceFailure | TimeoutException | CircuitBreakerOpenException e) {
            throw ProblemException.unavailable(
                    "The samples service is unavailable, so nothing was written; retry later",
                    settings.retryAfterSeconds);
        }
    }

    private static SampleInfo info(Sample sample) {
        return new SampleInfo(
                sample.getId(),
                sample.getBarcode(),
                String.valueOf(sample.getType()),
                String.valueOf(sample.getStatus()));
    }

    /**
     * One remote call: transient failures become {@link RemoteServiceFailure} (retried by the
     * policy), a 404 names the sample, another refusal is passed on with the samples service's own
     * detail and rule.
     */
    private static <T> T invoke(Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (RemoteProblemException e) {
            if (e.isTransient()) {
                throw new RemoteServiceFailure(SERVICE, "The samples service answered " + e.status(), e);
            }
            if (e.status() == 404) {
                throw new ProblemException(
                        404, "not-found", "Not found", what + " is not known to the samples service");
            }
            if (e.status() == 401 || e.status() == 403) {
                throw new ProblemException(
                        e.status(),
                        e.status() == 401 ? "unauthenticated" : "forbidden",
                        e.status() == 401 ? "Unauthenticated" : "Forbidden",
                        "The samples service refused this request: " + detail(e));
            }
            String rule = e.problem() == null ? null : e.problem().getRule();
            if (rule != null) {
                throw new RuleViolation(
                        rule, e.status() == 422 ? 422 : 409, "The samples service refused: " + detail(e));
            }
            throw new ProblemException(
                    e.status() == 422 ? 422 : 409, "samples-refused", "Refused by the samples service", detail(e));
        } catch (ProcessingException e) {
            throw new RemoteServiceFailure(SERVICE, "The samples service cannot be reached", e);
        }
    }

    private static String detail(RemoteProblemException e) {
        return e.problem() == null || e.problem().getDetail() == null
                ? e.getMessage()
                : e.problem().getDetail();
    }
}
