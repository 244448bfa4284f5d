package org.tracseq.platform.samples;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.contract.samples.client.LineageApi;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.model.AliquotCreate;
import org.tracseq.contract.samples.model.ChildBatchCreate;
import org.tracseq.contract.samples.model.ChildCreate;
import org.tracseq.contract.samples.model.LineageLink;
import org.tracseq.contract.samples.model.LineageRelation;
import org.tracseq.contract.samples.model.Sample;
import org.tracseq.contract.samples.model.SampleType;
import org.tracseq.contract.samples.model.Volume;
import org.tracseq.contract.samples.model.VolumeUnit;
import org.tracseq.platform.client.RemoteCalls;
import org.tracseq.platform.client.RemoteProblemException;
import org.tracseq.platform.client.RestClients;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * The samples service as the other services use it, through its generated MP Rest Client with the
 * caller's token. Every operation runs under the samples service's one fault-tolerance policy
 * ({@link SamplesPolicy}) and answers 503 with {@code Retry-After} when samples cannot answer; a
 * refusal (4xx) is passed on with the samples service's own detail and rule. Call it before a
 * transaction, never inside one: a remote call must not hold locks. Reads, and one write that must
 * be refused at once when the parent cannot give the volume ({@link #deriveChild}, {@link #deriveChildren}); everything
 * else samples learns from events.
 */
@ApplicationScoped
public class SampleDirectory {
    private static final String SERVICE = "samples";

    /** At most this many ids or barcodes in one list call (the samples contract's {@code maxItems}). */
    private static final int CHUNK = 100;

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

    /**
     * The samples with these ids that exist (a missing id is simply absent from the map), read in
     * as few calls as the samples API allows.
     */
    public Map<UUID, SampleInfo> samplesByIds(Collection<UUID> ids) {
        return inChunks(
                        List.copyOf(ids),
                        chunk -> samples.listSamples(chunk, null, null, null, null, null, null, 0, chunk.size(), null)
                                .getItems())
                .stream()
                .collect(HashMap::new, (found, sample) -> found.put(sample.id(), sample), Map::putAll);
    }

    /** The samples with exactly these barcodes that exist (SM-3), keyed by barcode. */
    public Map<String, SampleInfo> samplesByBarcodes(Collection<String> barcodes) {
        return inChunks(
                        List.copyOf(barcodes),
                        chunk -> samples.listSamples(null, chunk, null, null, null, null, null, 0, chunk.size(), null)
                                .getItems())
                .stream()
                .collect(HashMap::new, (found, sample) -> found.put(sample.barcode(), sample), Map::putAll);
    }

    /**
     * Records a derived child of {@code parentId} taking {@code request}'s volume from it (SM-1:
     * refused when the parent is not usable stock or has not that much available). The same
     * {@code idempotencyKey} answers the same child again, so a caller that failed after this call
     * can retry without taking the volume twice.
     */
    public SampleInfo deriveChild(UUID parentId, ChildRequest request, String idempotencyKey) {
        AliquotCreate child = new AliquotCreate()
                .relation(AliquotCreate.RelationEnum.DERIVED)
                .name(request.name())
                .description(request.description())
                .volume(new Volume().value(request.volumeUl()).unit(VolumeUnit.UL));
        return remote(() -> info(
                invoke(() -> lineage.createAliquot(parentId, child, idempotencyKey), "Sample '" + parentId + "'")));
    }

    /**
     * Records derived children of several parents in one call (at most 384, a plate's tubes), in
     * order: all or none (SM-4), the volumes several children take from one parent counted together
     * (SM-1). A refusal carries every row's problems ({@code children[ROW].FIELD}). The same
     * {@code idempotencyKey} answers the same children again, so a caller that failed after this
     * call can retry without taking the volumes twice.
     */
    public List<SampleInfo> deriveChildren(List<ChildOf> children, String idempotencyKey) {
        ChildBatchCreate batch = new ChildBatchCreate()
                .children(children.stream()
                        .map(child -> new ChildCreate()
                                .parentId(child.parentId())
                                .relation(ChildCreate.RelationEnum.DERIVED)
                                .name(child.child().name())
                                .description(child.child().description())
                                .volume(new Volume()
                                        .value(child.child().volumeUl())
                                        .unit(VolumeUnit.UL)))
                        .toList());
        return remote(() -> invoke(() -> lineage.createChildren(batch, idempotencyKey), "Samples").getCreated().stream()
                .map(SampleDirectory::info)
                .toList());
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
     * One operation under the samples policy: 503 with Retry-After when samples cannot answer; the
     * operations run before a transaction's commit, so nothing was written.
     */
    private <T> T remote(Supplier<T> operation) {
        return RemoteCalls.underPolicy(
                policy::call,
                operation,
                "The samples service is unavailable, so nothing was written; retry later",
                settings.retryAfterSeconds);
    }

    /** One list call per {@link #CHUNK} keys: the samples API's limit on repeated filters. */
    private <K> List<SampleInfo> inChunks(List<K> keys, Function<List<K>, List<Sample>> list) {
        List<SampleInfo> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<K> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            found.addAll(remote(() -> invoke(() -> list.apply(chunk), "Samples").stream()
                    .map(SampleDirectory::info)
                    .toList()));
        }
        return found;
    }

    private static SampleInfo info(Sample sample) {
        return new SampleInfo(
                sample.getId(),
                sample.getBarcode(),
                sample.getName(),
                String.valueOf(sample.getType()),
                String.valueOf(sample.getStatus()),
                microlitres(sample.getAvailableVolume()));
    }

    private static BigDecimal microlitres(Volume volume) {
        if (volume == null || volume.getValue() == null || volume.getUnit() == null) {
            return null;
        }
        int shift = switch (volume.getUnit()) {
            case NL -> -3;
            case UL -> 0;
            case ML -> 3;
            case L -> 6;
        };
        return volume.getValue().scaleByPowerOfTen(shift).stripTrailingZeros();
    }

    /**
     * One remote call ({@link RemoteCalls#invoke}): a 404 names the sample, another refusal is
     * passed on with the samples service's own detail and rule.
     */
    private static <T> T invoke(Supplier<T> call, String what) {
        return RemoteCalls.invoke(SERVICE, call, e -> {
            if (e.status() == 404) {
                return new ProblemException(
                        404, "not-found", "Not found", what + " is not known to the samples service");
            }
            String rule = e.problem() == null ? null : e.problem().getRule();
            if (rule != null) {
                return new RuleViolation(
                        rule,
                        e.status() == 422 ? 422 : 409,
                        "The samples service refused: " + RemoteCalls.detail(e),
                        errors(e));
            }
            return new ProblemException(
                    e.status() == 422 ? 422 : 409,
                    "samples-refused",
                    "Refused by the samples service",
                    RemoteCalls.detail(e));
        });
    }

    /** The field errors of a refusal (a batch's rows), so the caller can say which of its items was refused. */
    private static List<FieldError> errors(RemoteProblemException e) {
        return e.problem() == null || e.problem().getErrors() == null
                ? List.of()
                : e.problem().getErrors();
    }
}
