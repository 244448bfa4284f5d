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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<BarcodeEntry> claimed = repository.claim(barcode, claim.owner(), actor, now);
        if (claimed.isPresent()) {
            metrics.counter(CLAIMED).inc();
            return claimed.get();
        }
        throw repository
                .find(barcode)
                .map(BarcodeEntry::claimRefusal)
                .orElseThrow(() -> ProblemException.notFound("Barcode", barcode));
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
