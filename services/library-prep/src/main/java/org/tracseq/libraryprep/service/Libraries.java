package org.tracseq.libraryprep.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tracseq.libraryprep.domain.Dilution;
import org.tracseq.libraryprep.domain.IndexChoice;
import org.tracseq.libraryprep.domain.IndexPair;
import org.tracseq.libraryprep.domain.Library;
import org.tracseq.libraryprep.domain.LibraryFilter;
import org.tracseq.libraryprep.domain.LibraryRules;
import org.tracseq.libraryprep.domain.Molarity;
import org.tracseq.libraryprep.domain.NormalisationStep;
import org.tracseq.libraryprep.domain.Protocol;
import org.tracseq.libraryprep.domain.SourceSample;
import org.tracseq.libraryprep.persistence.KitRepository;
import org.tracseq.libraryprep.persistence.LibraryEntity;
import org.tracseq.libraryprep.persistence.LibraryRepository;
import org.tracseq.libraryprep.persistence.ProtocolRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.samples.ChildRequest;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.platform.samples.SampleInfo;

/**
 * Libraries one at a time (LB-1, LB-2) and their normalisation (LB-3). Making one is two steps: a
 * {@link #prepare} that checks the order and reads and writes the samples service (outside any
 * transaction: a remote call never holds this database), then a {@link #record} in one transaction.
 */
@ApplicationScoped
public class Libraries {
    @Inject
    KitCatalogue catalogue;

    @Inject
    KitRepository kits;

    @Inject
    ProtocolRepository protocols;

    @Inject
    LibraryRepository libraries;

    @Inject
    SampleDirectory directory;

    @Inject
    LibraryEvents events;

    /** A library ready to be recorded: its tube exists in samples. */
    public record Prepared(Library library, String kitLabel) {}

    /** A library as the API shows it, with its kit's label. */
    public record LibraryView(Library library, String kitLabel) {}

    /**
     * Checks the order (protocol, kit and indexes LB-4, the sample SM-1 and LB-1), then takes the
     * input from the sample as a derived child, the library's tube.
     */
    public Prepared prepare(LibraryOrder order, String clientKey, String actor) {
        Protocol protocol = protocol(order.protocol());
        KitView kit = catalogue.usable(order.kitId());
        IndexPair indexes = IndexChoice.choose(kit.definition(), order.i7Name(), order.i5Name());
        SampleInfo sample = order.sample().id() != null
                ? directory.sample(order.sample().id())
                : directory.sampleByBarcode(order.sample().barcode());
        SourceSample source = source(sample);
        LibraryRules.checkGivesMaterial(source);
        LibraryRules.checkType(source, protocol);
        LibraryRules.checkVolume(source, order.numbers().inputVolumeUl());
        List<String> warnings = LibraryRules.warnings(
                source, protocol, order.numbers().inputNg(), order.numbers().meanFragmentBp());
        SampleInfo tube = directory.deriveChild(
                sample.id(),
                childRequest(order, sample, indexes),
                ChildKeys.of(clientKey, "library-prep.create-library", null));
        return new Prepared(library(order, sample, tube, indexes, warnings, null, actor), kit.label());
    }

    /** Stores the prepared library, its audit line and its event, if its kit is still current. */
    @Transactional
    public LibraryView record(Prepared prepared, String actor) {
        Library library = prepared.library();
        stillCurrent(library.kitId());
        libraries.add(library);
        libraries.audit(library.createdAt(), actor, "library", library.id(), "created", describe(library));
        libraries.flush();
        events.libraryCreated(library, prepared.kitLabel(), actor);
        return new LibraryView(library, prepared.kitLabel());
    }

    public LibraryView get(UUID id) {
        Library library = libraries.find(id).orElseThrow(() -> ProblemException.notFound("Library", id));
        return new LibraryView(library, kitLabel(library.kitId()));
    }

    public Page<LibraryView> page(LibraryFilter filter, PageRequest request) {
        return libraries.page(filter, request).map(library -> new LibraryView(library, kitLabel(library.kitId())));
    }

    public List<NormalisationStep> normalisations(UUID libraryId) {
        libraries.find(libraryId).orElseThrow(() -> ProblemException.notFound("Library", libraryId));
        return libraries.normalisations(libraryId);
    }

    /**
     * LB-3: the whole library diluted to the target (a concentration, or a molarity at its fragment
     * size); its concentration, volume and molarity become the new ones and the step is kept.
     */
    @Transactional
    public NormalisationStep normalise(
            UUID libraryId, BigDecimal targetNgPerUl, BigDecimal targetNm, String note, String actor) {
        LibraryEntity entity =
                libraries.lock(libraryId).orElseThrow(() -> ProblemException.notFound("Library", libraryId));
        Library library = entity.toLibrary();
        if ((targetNgPerUl == null) == (targetNm == null)) {
            throw RuleViolation.unprocessable(
                    Dilution.RULE, "Give the target as exactly one of targetConcentrationNgPerUl and targetMolarityNm");
        }
        BigDecimal target =
                targetNgPerUl != null ? targetNgPerUl : Molarity.ngPerUl(targetNm, library.meanFragmentBp());
        Dilution.Result diluted = Dilution.to(library.volumeUl(), library.concentrationNgPerUl(), target);
        BigDecimal molarity = Molarity.nanomolar(target, library.meanFragmentBp());
        entity.normalise(target, diluted.volume(), molarity);
        NormalisationStep step = new NormalisationStep(
                UUID.randomUUID(),
                libraryId,
                library.concentrationNgPerUl(),
                library.volumeUl(),
                target,
                diluted.volume(),
                diluted.diluent(),
                molarity,
                note,
                KitCatalogue.now(),
                actor);
        libraries.add(step);
        libraries.audit(
                step.at(),
                actor,
                "library",
                libraryId,
                "normalised",
                plain(step.fromConcentrationNgPerUl()) + " ng/µL × " + plain(step.fromVolumeUl()) + " µL → "
                        + plain(target) + " ng/µL × " + plain(diluted.volume()) + " µL");
        libraries.flush();
        events.libraryNormalised(entity.toLibrary(), actor);
        return step;
    }

    public List<Protocol> protocols() {
        return protocols.all();
    }

    Protocol protocol(String code) {
        return protocols
                .find(code)
                .orElseThrow(() -> RuleViolation.unprocessable(
                        LibraryRules.RULE,
                        "There is no protocol '" + code + "'; the protocols are "
                                + String.join(
                                        ", ",
                                        protocols.all().stream()
                                                .map(Protocol::code)
                                                .toList())));
    }

    /** LB-4 at commit: the kit was not superseded while the tube was being made (a shared lock until commit). */
    void stillCurrent(UUID kitId) {
        var kit = kits.share(kitId).orElseThrow(() -> ProblemException.notFound("Kit", kitId));
        if (!"current".equals(kit.status())) {
            throw RuleViolation.conflict(
                    "LB-4",
                    "Kit " + KitView.label(kit.name(), kit.version())
                            + " was superseded meanwhile; make the library with its current version");
        }
    }

    String kitLabel(UUID kitId) {
        return kits.find(kitId)
                .map(kit -> KitView.label(kit.name(), kit.version()))
                .orElse(kitId.toString());
    }

    static SourceSample source(SampleInfo sample) {
        return new SourceSample(
                sample.id(), sample.barcode(), sample.type(), sample.status(), sample.availableVolumeUl());
    }

    /** The tube's request: named after the library (or its sample and well), taking the input volume. */
    static ChildRequest childRequest(LibraryOrder order, SampleInfo sample, IndexPair indexes) {
        String name = order.name() != null
                ? order.name()
                : sample.name() + " library" + (order.well() == null ? "" : " " + order.well());
        return new ChildRequest(
                name,
                order.numbers().inputVolumeUl(),
                "Library (" + order.protocol() + ", " + indexes.names() + ") of " + sample.barcode());
    }

    static Library library(
            LibraryOrder order,
            SampleInfo sample,
            SampleInfo tube,
            IndexPair indexes,
            List<String> warnings,
            UUID plateId,
            String actor) {
        LibraryOrder.Numbers numbers = order.numbers();
        OffsetDateTime now = KitCatalogue.now();
        return new Library(
                UUID.randomUUID(),
                order.name() != null ? order.name() : tube.barcode(),
                sample.id(),
                sample.barcode(),
                tube.id(),
                tube.barcode(),
                order.kitId(),
                order.protocol(),
                indexes,
                numbers.concentrationNgPerUl(),
                numbers.meanFragmentBp(),
                numbers.volumeUl(),
                numbers.inputVolumeUl(),
                numbers.inputNg(),
                Molarity.nanomolar(numbers.concentrationNgPerUl(), numbers.meanFragmentBp()),
                plateId,
                plateId == null ? null : order.well(),
                warnings,
                now,
                actor);
    }

    static String describe(Library library) {
        return "from " + library.sampleBarcode() + ", " + library.indexes().names() + ", "
                + plain(library.concentrationNgPerUl()) + " ng/µL at " + library.meanFragmentBp() + " bp = "
                + plain(library.molarityNm()) + " nM" + (library.well() == null ? "" : ", well " + library.well());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
