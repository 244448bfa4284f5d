package org.tracseq.libraryprep.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.contract.samples.client.LineageApi;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.model.AliquotCreate;
import org.tracseq.contract.samples.model.Concentration;
import org.tracseq.contract.samples.model.ConcentrationUnit;
import org.tracseq.contract.samples.model.Sample;
import org.tracseq.contract.samples.model.Volume;
import org.tracseq.contract.samples.model.VolumeUnit;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RemoteServiceFailure;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * The samples service as this service uses it, through its generated MP Rest Client with the
 * caller's token, every call under {@link SamplesPolicy}. When samples cannot answer the caller gets
 * a 503 with {@code Retry-After}; a refusal is passed on with the samples service's own detail and
 * rule (SM-1 for a sample that gives no material). Called before this service's transactions, never
 * inside one.
 *
 * <p>Written here until the platform's samples client ({@code org.tracseq.platform.samples}) lands,
 * with its method names; the bulk reads ask one sample at a time until samples answers many at once.
 */
@ApplicationScoped
public class SampleDirectory {
    private static final String SERVICE = "samples";
    private static final BigDecimal MICROLITRES_PER_NANOLITRE = new BigDecimal("0.001");
    private static final BigDecimal MICROLITRES_PER_MILLILITRE = BigDecimal.valueOf(1000);
    private static final BigDecimal MICROLITRES_PER_LITRE = BigDecimal.valueOf(1_000_000);

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

    /** How many calls one request may make at once. */
    public int parallelCalls() {
        return settings.parallelCalls;
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

    /** The samples with these ids that exist, by id. */
    public Map<UUID, SampleInfo> samplesByIds(Collection<UUID> ids) {
        Map<UUID, SampleInfo> found = new LinkedHashMap<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            lookup(() -> sample(id)).ifPresent(info -> found.put(id, info));
        }
        return found;
    }

    /** The samples with these barcodes that exist, by barcode. */
    public Map<String, SampleInfo> samplesByBarcodes(Collection<String> barcodes) {
        Map<String, SampleInfo> found = new LinkedHashMap<>();
        for (String barcode : new LinkedHashSet<>(barcodes)) {
            lookup(() -> sampleByBarcode(barcode)).ifPresent(info -> found.put(barcode, info));
        }
        return found;
    }

    /**
     * Makes a derived child of {@code parentId} taking its volume from the parent (SM-1); the same
     * {@code idempotencyKey} and request again gives the same child.
     */
    public SampleInfo deriveChild(UUID parentId, ChildRequest request, String idempotencyKey) {
        AliquotCreate body = new AliquotCreate()
                .relation(AliquotCreate.RelationEnum.DERIVED)
                .name(request.name())
                .volume(new Volume().value(request.takenUl()).unit(VolumeUnit.UL))
                .initialVolume(new Volume().value(request.volumeUl()).unit(VolumeUnit.UL))
                .concentration(new Concentration()
                        .value(request.concentrationNgPerUl())
                        .unit(ConcentrationUnit.NG_PER_UL))
                .barcode(request.barcode());
        return remote(() ->
                info(invoke(() -> lineage.createAliquot(parentId, body, idempotencyKey), "Sample '" + parentId + "'")));
    }

    private static Optional<SampleInfo> lookup(Supplier<SampleInfo> read) {
        try {
            return Optional.of(read.get());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * One call under the samples policy; when samples cannot answer (unreachable, 5xx, 429 or timeouts
     * after the retries, or the breaker open) a 503 with Retry-After.
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
                String.valueOf(sample.getStatus()),
                microlitres(sample.getAvailableVolume()),
                sample.getName());
    }

    private static BigDecimal microlitres(Volume volume) {
        if (volume == null || volume.getValue() == null || volume.getUnit() == null) {
            return null;
        }
        return switch (volume.getUnit()) {
            case NL -> volume.getValue().multiply(MICROLITRES_PER_NANOLITRE);
            case UL -> volume.getValue();
            case ML -> volume.getValue().multiply(MICROLITRES_PER_MILLILITRE);
            case L -> volume.getValue().multiply(MICROLITRES_PER_LITRE);
        };
    }

    /**
     * One remote call: transient failures become {@link RemoteServiceFailure} (retried by the policy),
     * a 404 names the sample, another refusal is passed on with the samples service's own detail and rule.
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
