package org.tracseq.libraryprep.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tracseq.libraryprep.domain.IndexChoice;
import org.tracseq.libraryprep.domain.IndexPair;
import org.tracseq.libraryprep.domain.Library;
import org.tracseq.libraryprep.domain.LibraryRules;
import org.tracseq.libraryprep.domain.PlateFormat;
import org.tracseq.libraryprep.domain.PlateIndexing;
import org.tracseq.libraryprep.domain.Protocol;
import org.tracseq.libraryprep.domain.SourceSample;
import org.tracseq.libraryprep.domain.Well;
import org.tracseq.libraryprep.persistence.LibraryRepository;
import org.tracseq.libraryprep.persistence.PlateEntity;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.samples.ChildOf;
import org.tracseq.platform.samples.SampleDirectory;
import org.tracseq.platform.samples.SampleInfo;

/**
 * Library-prep plates, all or nothing: every well is checked first (its place, sample, indexes and
 * volumes, the samples read in bulk) and every problem reported at once; then every well's input is
 * taken from its sample as a derived child, all in one idempotent call to samples; then the plate
 * and its libraries are stored in one transaction.
 */
@ApplicationScoped
public class Plates {
    @Inject
    KitCatalogue catalogue;

    @Inject
    Libraries single;

    @Inject
    LibraryRepository libraries;

    @Inject
    SampleDirectory directory;

    @Inject
    LibraryEvents events;

    /** A plate order: its name, format (wells), kit, protocol and one library order per well. */
    public record PlateOrder(String name, int format, UUID kitId, String protocol, List<LibraryOrder> wells) {}

    /** A plate ready to be recorded: every well's tube exists in samples. */
    public record Prepared(UUID plateId, PlateOrder order, String kitLabel, List<Library> libraries) {}

    /** A plate as the API shows it. */
    public record PlateView(
            UUID id,
            String name,
            int format,
            UUID kitId,
            String kitLabel,
            String protocol,
            List<Library> libraries,
            java.time.OffsetDateTime createdAt,
            String createdBy) {}

    /** A well checked and ready for its tube. */
    private record Checked(LibraryOrder order, SampleInfo sample, IndexPair indexes, List<String> warnings) {}

    public Prepared prepare(PlateOrder order, String clientKey, String actor) {
        PlateFormat format = PlateFormat.of(order.format())
                .orElseThrow(() -> RuleViolation.unprocessable(
                        LibraryRules.RULE, "A library-prep plate has 96 or 384 wells, not " + order.format()));
        Protocol protocol = single.protocol(order.protocol());
        KitView kit = catalogue.usable(order.kitId());
        List<Checked> checked = check(order, format, protocol, kit);
        UUID plateId = UUID.randomUUID();
        List<Library> made = tubes(checked, clientKey).stream()
                .map(tube -> Libraries.library(
                        tube.checked().order(),
                        tube.checked().sample(),
                        tube.tube(),
                        tube.checked().indexes(),
                        tube.checked().warnings(),
                        plateId,
                        actor))
                .sorted(Comparator.comparing(library -> Well.parse(library.well()), Well.COLUMN_WISE))
                .toList();
        return new Prepared(plateId, order, kit.label(), made);
    }

    @Transactional
    public PlateView record(Prepared prepared, String actor) {
        PlateOrder order = prepared.order();
        single.stillCurrent(order.kitId());
        PlateEntity plate = new PlateEntity(
                prepared.plateId(),
                order.name(),
                order.format(),
                order.kitId(),
                order.protocol(),
                KitCatalogue.now(),
                actor);
        libraries.add(plate);
        for (Library library : prepared.libraries()) {
            libraries.add(library);
            libraries.audit(plate.createdAt(), actor, "library", library.id(), "created", Libraries.describe(library));
        }
        libraries.audit(
                plate.createdAt(),
                actor,
                "plate",
                plate.id(),
                "created",
                order.format() + "-well plate, " + prepared.libraries().size() + " libraries");
        libraries.flush();
        for (Library library : prepared.libraries()) {
            libraries.placeOnPlate(library);
            events.libraryCreated(library, prepared.kitLabel(), actor);
        }
        events.plateCreated(
                plate.id(),
                plate.name(),
                plate.format(),
                plate.kitId(),
                prepared.libraries().stream().map(Library::id).toList(),
                actor);
        return view(plate, prepared.kitLabel(), prepared.libraries());
    }

    public PlateView get(UUID plateId) {
        PlateEntity plate = libraries.plate(plateId).orElseThrow(() -> ProblemException.notFound("Plate", plateId));
        List<Library> onPlate = libraries.onPlate(plateId).stream()
                .sorted(Comparator.comparing(library -> Well.parse(library.well()), Well.COLUMN_WISE))
                .toList();
        return view(plate, single.kitLabel(plate.kitId()), onPlate);
    }

    /** Every well against every rule; a refusal lists all that is wrong. */
    private List<Checked> check(PlateOrder order, PlateFormat format, Protocol protocol, KitView kit) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, SampleInfo> byBarcode = directory.samplesByBarcodes(order.wells().stream()
                .map(well -> well.sample().barcode())
                .filter(Objects::nonNull)
                .toList());
        Map<UUID, SampleInfo> byId = directory.samplesByIds(order.wells().stream()
                .map(well -> well.sample().id())
                .filter(Objects::nonNull)
                .toList());
        Set<String> wellsSeen = new HashSet<>();
        Map<String, String> wellByIndexes = new HashMap<>();
        Map<UUID, BigDecimal> inputBySample = new HashMap<>();
        Map<UUID, List<Integer>> wellsBySample = new HashMap<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < order.wells().size(); i++) {
            LibraryOrder well = order.wells().get(i);
            String at = "wells[" + i + "]";
            Well place = Well.parse(well.well());
            boolean placed = format.holds(place);
            boolean repeated = placed && !wellsSeen.add(place.label());
            if (!placed) {
                errors.add(new FieldError(
                        at + ".well",
                        "LB-1: a " + format.wells() + "-well plate has wells A01 to " + format.lastWell() + ", not "
                                + well.well()));
            } else if (repeated) {
                errors.add(new FieldError(at + ".well", "LB-1: well " + place.label() + " is given twice"));
            }
            // A repeated well's indexes are the first one's: its one problem is the repeat.
            IndexPair indexes = placed && !repeated
                    ? attempt(errors, at + ".i7Name", () -> indexes(well, kit, format, place))
                    : null;
            if (indexes != null) {
                String other = wellByIndexes.putIfAbsent(indexes.key(), place.label());
                if (other != null) {
                    errors.add(new FieldError(
                            at + ".i7Name",
                            "LB-4: well " + place.label() + " has the indexes of well " + other + " (" + indexes.names()
                                    + "); the libraries could not be told apart"));
                }
            }
            SampleInfo sample = well.sample().id() != null
                    ? byId.get(well.sample().id())
                    : byBarcode.get(well.sample().barcode());
            if (sample == null) {
                errors.add(new FieldError(
                        at, "LB-1: sample " + well.sample().label() + " is not known to the samples service"));
                continue;
            }
            SourceSample source = Libraries.source(sample);
            attempt(errors, at, () -> {
                LibraryRules.checkGivesMaterial(source);
                return null;
            });
            attempt(errors, at, () -> {
                LibraryRules.checkType(source, protocol);
                return null;
            });
            inputBySample.merge(sample.id(), well.numbers().inputVolumeUl(), BigDecimal::add);
            wellsBySample.computeIfAbsent(sample.id(), id -> new ArrayList<>()).add(i);
            checked.add(new Checked(
                    well,
                    sample,
                    indexes,
                    LibraryRules.warnings(
                            source,
                            protocol,
                            well.numbers().inputNg(),
                            well.numbers().meanFragmentBp())));
        }
        volumes(inputBySample, wellsBySample, checked, errors);
        if (!errors.isEmpty()) {
            throw new PlateRefusal(errors, commonRule(errors));
        }
        return checked;
    }

    /** SM-1 over the plate: the wells of one sample together take no more than it has. */
    private static void volumes(
            Map<UUID, BigDecimal> inputBySample,
            Map<UUID, List<Integer>> wellsBySample,
            List<Checked> checked,
            List<FieldError> errors) {
        Map<UUID, SampleInfo> samples =
                checked.stream().collect(Collectors.toMap(c -> c.sample().id(), Checked::sample, (a, b) -> a));
        inputBySample.forEach((sampleId, input) -> {
            try {
                LibraryRules.checkVolume(Libraries.source(samples.get(sampleId)), input);
            } catch (ProblemException e) {
                for (int i : wellsBySample.get(sampleId)) {
                    errors.add(new FieldError("wells[" + i + "].inputVolumeUl", e.rule() + ": " + e.getMessage()));
                }
            }
        });
    }

    private static IndexPair indexes(LibraryOrder well, KitView kit, PlateFormat format, Well place) {
        return well.i7Name() != null
                ? IndexChoice.choose(kit.definition(), well.i7Name(), well.i5Name())
                : PlateIndexing.pairFor(kit.definition(), format, place);
    }

    /** A check's refusal as the well's error (named by its rule); the check's answer otherwise. */
    private static <T> T attempt(List<FieldError> errors, String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            errors.add(new FieldError(field, (e.rule() == null ? "" : e.rule() + ": ") + e.getMessage()));
            return null;
        }
    }

    private static String commonRule(List<FieldError> errors) {
        Set<String> rules = errors.stream()
                .map(error -> error.message().contains(":")
                        ? error.message().substring(0, error.message().indexOf(':'))
                        : "")
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return rules.size() == 1 && !rules.contains("") ? rules.iterator().next() : null;
    }

    private record Tube(Checked checked, SampleInfo tube) {}

    /** A samples row's field ({@code children[3].volume}), for the well it was made for. */
    private static final Pattern CHILD_ROW = Pattern.compile("children\\[(\\d+)]\\..*");

    /**
     * Every well's tube in one call to samples, all or none, under one idempotency key derived from
     * the client's, so a retry of the plate reuses the tubes the first attempt made. Samples refuses
     * only what changed since the plate was checked (a sample used meanwhile); its rows are the wells.
     */
    private List<Tube> tubes(List<Checked> checked, String clientKey) {
        List<ChildOf> children = checked.stream()
                .map(well -> new ChildOf(
                        well.sample().id(), Libraries.childRequest(well.order(), well.sample(), well.indexes())))
                .toList();
        List<SampleInfo> made;
        try {
            made = directory.deriveChildren(children, ChildKeys.of(clientKey, "library-prep.create-plate", null));
        } catch (RuleViolation refused) {
            throw new PlateRefusal(byWell(refused.errors(), refused), refused.rule());
        }
        List<Tube> tubes = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            tubes.add(new Tube(checked.get(i), made.get(i)));
        }
        return tubes;
    }

    /** Samples' problems by well ({@code wells[3]}), or the refusal itself when it names no row. */
    private static List<FieldError> byWell(List<FieldError> errors, RuleViolation refused) {
        if (errors.isEmpty()) {
            return List.of(new FieldError("wells", refused.rule() + ": " + refused.getMessage()));
        }
        return errors.stream()
                .map(error -> {
                    Matcher row = CHILD_ROW.matcher(error.field());
                    return new FieldError(row.matches() ? "wells[" + row.group(1) + "]" : "wells", error.message());
                })
                .toList();
    }

    private static PlateView view(PlateEntity plate, String kitLabel, List<Library> onPlate) {
        return new PlateView(
                plate.id(),
                plate.name(),
                plate.format(),
                plate.kitId(),
                kitLabel,
                plate.protocol(),
                onPlate,
                plate.createdAt(),
                plate.createdBy());
    }
}
