package org.tracseq.barcodes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeStatus;
import org.tracseq.barcodes.domain.ClaimRequest;
import org.tracseq.barcodes.domain.IssueRequest;
import org.tracseq.barcodes.persistence.BarcodeRepository;
import org.tracseq.platform.json.WireEnumSerializer;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * Issuing, reserving, looking up and claiming barcodes; each call is one transaction. Counts what
 * it creates and claims under absolute names ({@code tracseq_barcodes_*}).
 */
@ApplicationScoped
public class BarcodeService {
    private static final Metadata CREATED = Metadata.builder()
            .withName("tracseq_barcodes_created")
            .withDescription("Barcodes issued (status=issued) or reserved (status=reserved)")
            .build();
    private static final Metadata CLAIMED = Metadata.builder()
            .withName("tracseq_barcodes_claimed")
            .withDescription("Reserved barcodes claimed (each at most once, BC-2)")
            .build();

    /** Barcodes are dated in UTC so two servers in different zones never reuse a day's sequence. */
    private final Clock clock = Clock.systemUTC();

    @Inject
    BarcodeRepository repository;

    @Inject
    MetricRegistry metrics;

    @Inject
    BarcodeEvents events;

    private static final Logger LOG = Logger.getLogger(BarcodeService.class.getName());

    /**
     * Issues (or reserves) {@code request.count()} barcodes from one allocation of today's sequence,
     * recording who asked and when. All or nothing: when the day's sequence cannot hold the whole
     * batch, nothing is taken (BC-1).
     */
    @Transactional
    public List<BarcodeEntry> issue(IssueRequest request, BarcodeStatus status, String actor) {
        // Microseconds: what PostgreSQL keeps, so the answer equals a later read.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int first = repository
                .allocate(request.prefix(), day, request.count())
                .orElseThrow(() -> sequenceExhausted(request, day));
        List<BarcodeEntry> entries = request.barcodes(day, first).stream()
                .map(barcode -> BarcodeEntry.created(barcode, status, now, actor))
                .toList();
        repository.addAll(entries);
        events.created(entries, actor);
        metrics.counter(CREATED, new Tag("status", WireEnumSerializer.wireValue(status)))
                .inc(entries.size());
        return entries;
    }

    @Transactional
    public Optional<BarcodeEntry> find(Barcode barcode) {
        return repository.find(barcode);
    }

    /** Gives a reserved barcode to {@code claim.owner()}, exactly once (BC-2). */
    @Transactional
    public BarcodeEntry claim(Barcode barcode, ClaimRequest claim, String actor) {
        return claimReserved(barcode, claim.owner(), actor)
                .orElseThrow(() -> repository
                        .find(barcode)
                        .<ProblemException>map(BarcodeEntry::claimRefusal)
                        .orElseGet(() -> ProblemException.notFound("Barcode", barcode)));
    }

    /**
     * Claims {@code barcode} for the sample a {@code samples.sample.registered} event names, in the
     * event's transaction. Never refuses: an unknown barcode is left alone, one already this sample's
     * is fine, and one issued or claimed for another owner is logged and published as a
     * {@code barcodes.barcode.claim_conflict} for someone to sort out (BC-2).
     */
    @Transactional
    public void claimForSample(Barcode barcode, String sampleId, String actor) {
        if (claimReserved(barcode, sampleId, actor).isPresent()) {
            return;
        }
        repository.find(barcode).filter(entry -> entry.conflictsWith(sampleId)).ifPresent(entry -> {
            LOG.warning("Barcode " + barcode + " cannot be claimed for sample " + sampleId + ": it is "
                    + WireEnumSerializer.wireValue(entry.status())
                    + (entry.owner() == null ? "" : " for " + entry.owner()) + " (BC-2)");
            events.claimConflict(entry, sampleId, actor);
        });
    }

    private Optional<BarcodeEntry> claimReserved(Barcode barcode, String owner, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<BarcodeEntry> claimed = repository.claim(barcode, owner, actor, now);
        claimed.ifPresent(entry -> {
            metrics.counter(CLAIMED).inc();
            events.claimed(entry, actor);
        });
        return claimed;
    }

    private RuleViolation sequenceExhausted(IssueRequest request, LocalDate day) {
        int left = Barcode.MAX_SEQUENCE
                - repository.lastSequence(request.prefix(), day).orElse(0);
        return RuleViolation.conflict(
                "BC-1",
                "Prefix " + request.prefix() + " has " + left + " of "
                        + Barcode.MAX_SEQUENCE + " sequence numbers left for " + day + " (UTC), fewer than the "
                        + request.count()
                        + " requested; request fewer, use another prefix, or wait for the next UTC day");
    }
}
