package org.tracseq.storage.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.contract.samples.client.LineageApi;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.client.StatusApi;
import org.tracseq.contract.samples.model.LineageLink;
import org.tracseq.contract.samples.model.LineageRelation;
import org.tracseq.contract.samples.model.Sample;
import org.tracseq.contract.samples.model.SamplePatch;
import org.tracseq.contract.samples.model.SampleStatus;
import org.tracseq.contract.samples.model.StatusChangeRequest;
import org.tracseq.contract.samples.model.Volume;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * The samples service as this service uses it, through its generated MP Rest Client with the
 * caller's token, under one fault-tolerance policy per operation: each attempt times out,
 * transient failures (unreachable, 5xx, 429, timeout) are retried, repeated failures open a
 * circuit breaker, and when the samples service cannot answer the caller gets a 503 with
 * {@code Retry-After}. A refusal (4xx) is not retried. Every value is overridable through MP
 * Config, e.g. {@code org.tracseq.storage.client.SampleDirectory/sample/Retry/maxRetries=5}.
 * Status changes are idempotent: a sample already in the target status is fine.
 */
@ApplicationScoped
public class SampleDirectory {
    @Inject
    @ConfigProperty(name = "tracseq.samples.url", defaultValue = "http://localhost:8081")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "tracseq.samples.connect-timeout-ms", defaultValue = "1000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "tracseq.samples.read-timeout-ms", defaultValue = "2000")
    long readTimeoutMs;

    @Inject
    @ConfigProperty(name = "tracseq.samples.retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    private SamplesApi samples;
    private StatusApi status;
    private LineageApi lineage;

    @PostConstruct
    void connect() {
        Duration connect = Duration.ofMillis(connectTimeoutMs);
        Duration read = Duration.ofMillis(readTimeoutMs);
        samples = RestClients.create(SamplesApi.class, baseUrl, connect, read);
        status = RestClients.create(StatusApi.class, baseUrl, connect, read);
        lineage = RestClients.create(LineageApi.class, baseUrl, connect, read);
    }

    /** The sample with this id, or a 404 problem. */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {SamplesFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {SamplesFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "sampleUnavailable",
            applyOn = {SamplesFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public SampleInfo sample(UUID id) {
        return info(call(() -> samples.getSample(id), "Sample '" + id + "'"));
    }

    SampleInfo sampleUnavailable(UUID id) {
        throw unavailable();
    }

    /** The sample with exactly this barcode, or a 404 problem. */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {SamplesFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {SamplesFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "sampleByBarcodeUnavailable",
            applyOn = {SamplesFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public SampleInfo sampleByBarcode(String barcode) {
        return info(call(() -> samples.getSampleByBarcode(barcode), "Sample with barcode '" + barcode + "'"));
    }

    SampleInfo sampleByBarcodeUnavailable(String barcode) {
        throw unavailable();
    }

    /** The samples this one was aliquoted from (direct parents). */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {SamplesFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {SamplesFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "aliquotParentsUnavailable",
            applyOn = {SamplesFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public List<UUID> aliquotParents(UUID id) {
        var ancestors =
                call(() -> lineage.getLineage(id), "Sample '" + id + "'").getAncestors();
        return ancestors == null
                ? List.of()
                : ancestors.stream()
                        .filter(link -> link.getDepth() != null
                                && link.getDepth() == 1
                                && link.getRelation() == LineageRelation.ALIQUOT)
                        .map(LineageLink::getParentId)
                        .toList();
    }

    List<UUID> aliquotParentsUnavailable(UUID id) {
        throw unavailable();
    }

    /** Moves the sample to {@code target} unless it is there already (SM-STATUS refusals become 409s). */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {SamplesFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {SamplesFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "changeStatusUnavailable",
            applyOn = {SamplesFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public void changeStatus(UUID id, String target) {
        StatusChangeRequest request = new StatusChangeRequest()
                .status(SampleStatus.fromValue(target))
                .reason("in_storage".equals(target) ? "placed in storage" : "discarded from storage");
        try {
            call(() -> status.changeSampleStatus(id, request), "Sample '" + id + "'");
        } catch (ProblemException refused) {
            if (refused.status() == 409
                    && target.equals(call(() -> samples.getSample(id), "Sample")
                            .getStatus()
                            .toString())) {
                return;
            }
            throw refused;
        }
    }

    void changeStatusUnavailable(UUID id, String target) {
        throw unavailable();
    }

    /** ST-7: the sample's available volume becomes 0 (in its own unit). */
    @Timeout(3000)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {SamplesFailure.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 10_000,
            successThreshold = 2,
            failOn = {SamplesFailure.class, TimeoutException.class})
    @Fallback(
            fallbackMethod = "emptyUnavailable",
            applyOn = {SamplesFailure.class, TimeoutException.class, CircuitBreakerOpenException.class})
    public void empty(UUID id, Volume current) {
        if (current == null || current.getValue() == null || current.getValue().signum() == 0) {
            return;
        }
        SamplePatch patch = new SamplePatch()
                .availableVolume(new Volume().value(BigDecimal.ZERO).unit(current.getUnit()));
        call(() -> samples.updateSample(id, patch), "Sample '" + id + "'");
    }

    void emptyUnavailable(UUID id, Volume current) {
        throw unavailable();
    }

    private ProblemException unavailable() {
        return ProblemException.unavailable(
                "The samples service is unavailable, so nothing was written; " + "retry later", retryAfterSeconds);
    }

    private static SampleInfo info(Sample sample) {
        return new SampleInfo(
                sample.getId(),
                sample.getBarcode(),
                String.valueOf(sample.getType()),
                String.valueOf(sample.getStatus()),
                sample.getAvailableVolume());
    }

    /**
     * One remote call: transient failures become {@link SamplesFailure} (retried), a 404 names the
     * sample, another refusal is passed on with the samples service's own detail and rule.
     */
    private <T> T call(Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (RemoteProblemException e) {
            if (e.isTransient()) {
                throw new SamplesFailure("The samples service answered " + e.status(), e);
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
            throw new SamplesFailure("The samples service cannot be reached", e);
        }
    }

    private static String detail(RemoteProblemException e) {
        return e.problem() == null || e.problem().getDetail() == null
                ? e.getMessage()
                : e.problem().getDetail();
    }
}
