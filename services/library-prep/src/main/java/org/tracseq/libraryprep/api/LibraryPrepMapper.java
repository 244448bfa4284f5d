package org.tracseq.libraryprep.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tracseq.contract.libraryprep.model.Index;
import org.tracseq.contract.libraryprep.model.IndexRead;
import org.tracseq.contract.libraryprep.model.Indexing;
import org.tracseq.contract.libraryprep.model.Kit;
import org.tracseq.contract.libraryprep.model.KitPage;
import org.tracseq.contract.libraryprep.model.KitStatus;
import org.tracseq.contract.libraryprep.model.KitSummary;
import org.tracseq.contract.libraryprep.model.Library;
import org.tracseq.contract.libraryprep.model.LibraryCreate;
import org.tracseq.contract.libraryprep.model.LibraryPage;
import org.tracseq.contract.libraryprep.model.Normalisation;
import org.tracseq.contract.libraryprep.model.Plate;
import org.tracseq.contract.libraryprep.model.PlateCreate;
import org.tracseq.contract.libraryprep.model.PlateLayout;
import org.tracseq.contract.libraryprep.model.PlateWellCreate;
import org.tracseq.contract.libraryprep.model.Protocol;
import org.tracseq.libraryprep.domain.IndexEntry;
import org.tracseq.libraryprep.domain.KitDefinition;
import org.tracseq.libraryprep.domain.NormalisationStep;
import org.tracseq.libraryprep.domain.WireValue;
import org.tracseq.libraryprep.service.KitView;
import org.tracseq.libraryprep.service.Libraries;
import org.tracseq.libraryprep.service.LibraryOrder;
import org.tracseq.libraryprep.service.Plates;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.problem.ValidationProblem;

/** Between the generated contract models and the service's records. */
final class LibraryPrepMapper {
    private LibraryPrepMapper() {}

    static KitSummary summary(KitView kit) {
        KitDefinition definition = kit.definition();
        return new KitSummary()
                .id(kit.id())
                .name(definition.name())
                .version(kit.version())
                .status(kit.current() ? KitStatus.CURRENT : KitStatus.SUPERSEDED)
                .supersededBy(kit.supersededBy())
                .indexing(Indexing.fromValue(WireValue.of(definition.indexing())))
                .adapter(definition.adapter())
                .layout(PlateLayout.fromValue(WireValue.of(definition.layout())))
                .source(definition.source())
                .i7Count(kit.i7Count())
                .i5Count(kit.i5Count())
                .i7Length(kit.i7Length())
                .i5Length(kit.i5Length())
                .inUse(kit.inUse())
                .importedAt(kit.importedAt())
                .importedBy(kit.importedBy());
    }

    static Kit kit(KitView kit) {
        KitSummary summary = summary(kit);
        return new Kit()
                .id(summary.getId())
                .name(summary.getName())
                .version(summary.getVersion())
                .status(summary.getStatus())
                .supersededBy(summary.getSupersededBy())
                .indexing(summary.getIndexing())
                .adapter(summary.getAdapter())
                .layout(summary.getLayout())
                .source(summary.getSource())
                .i7Count(summary.getI7Count())
                .i5Count(summary.getI5Count())
                .i7Length(summary.getI7Length())
                .i5Length(summary.getI5Length())
                .inUse(summary.getInUse())
                .importedAt(summary.getImportedAt())
                .importedBy(summary.getImportedBy())
                .indexes(kit.definition().indexes().stream()
                        .map(LibraryPrepMapper::index)
                        .toList());
    }

    static KitPage kits(Page<KitView> page) {
        return new KitPage()
                .items(page.items().stream().map(LibraryPrepMapper::summary).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    private static Index index(IndexEntry index) {
        return new Index()
                .read(IndexRead.fromValue(WireValue.of(index.read())))
                .name(index.name())
                .sequence(index.sequence());
    }

    static Protocol protocol(org.tracseq.libraryprep.domain.Protocol protocol) {
        return new Protocol()
                .code(protocol.code())
                .name(protocol.name())
                .minInputNg(protocol.minInputNg())
                .maxInputNg(protocol.maxInputNg())
                .sampleTypes(protocol.sampleTypes().stream().sorted().toList())
                .minFragmentBp(protocol.minFragmentBp())
                .maxFragmentBp(protocol.maxFragmentBp());
    }

    /** A library order; its sample named by exactly one of id and barcode (a 400 otherwise). */
    static LibraryOrder order(LibraryCreate body) {
        var problems = ValidationProblem.collector();
        LibraryOrder.SampleRef sample = sample(problems, "", body.getSampleId(), body.getSampleBarcode());
        problems.throwIfAny();
        return new LibraryOrder(
                sample,
                body.getName(),
                body.getKitId(),
                body.getProtocol(),
                body.getI7Name(),
                body.getI5Name(),
                new LibraryOrder.Numbers(
                        body.getConcentrationNgPerUl(),
                        body.getMeanFragmentBp(),
                        body.getVolumeUl(),
                        body.getInputVolumeUl(),
                        body.getInputNg()),
                null);
    }

    /** A plate order, every well's sample named by exactly one of id and barcode (a 400 listing the wells otherwise). */
    static Plates.PlateOrder order(PlateCreate plate) {
        var problems = ValidationProblem.collector();
        List<LibraryOrder> wells = new ArrayList<>();
        for (int i = 0; i < plate.getWells().size(); i++) {
            PlateWellCreate well = plate.getWells().get(i);
            wells.add(new LibraryOrder(
                    sample(problems, "wells[" + i + "].", well.getSampleId(), well.getSampleBarcode()),
                    null,
                    plate.getKitId(),
                    plate.getProtocol(),
                    well.getI7Name(),
                    well.getI5Name(),
                    new LibraryOrder.Numbers(
                            well.getConcentrationNgPerUl(),
                            well.getMeanFragmentBp(),
                            well.getVolumeUl(),
                            well.getInputVolumeUl(),
                            well.getInputNg()),
                    well.getWell()));
        }
        problems.throwIfAny();
        return new Plates.PlateOrder(plate.getName(), plate.getFormat(), plate.getKitId(), plate.getProtocol(), wells);
    }

    private static LibraryOrder.SampleRef sample(
            ValidationProblem.Collector problems, String prefix, UUID id, String barcode) {
        problems.check(
                (id == null) != (barcode == null),
                prefix + "sampleId",
                "name the sample by exactly one of sampleId and sampleBarcode");
        return new LibraryOrder.SampleRef(id, barcode);
    }

    static Library library(Libraries.LibraryView view) {
        return library(view.library(), view.kitLabel());
    }

    static Library library(org.tracseq.libraryprep.domain.Library library, String kitLabel) {
        IndexEntry i5 = library.indexes().i5();
        return new Library()
                .id(library.id())
                .name(library.name())
                .sampleId(library.sampleId())
                .sampleBarcode(library.sampleBarcode())
                .librarySampleId(library.librarySampleId())
                .barcode(library.barcode())
                .kitId(library.kitId())
                .kit(kitLabel)
                .protocol(library.protocol())
                .i7Name(library.indexes().i7().name())
                .i7(library.indexes().i7().sequence())
                .i5Name(i5 == null ? null : i5.name())
                .i5(i5 == null ? null : i5.sequence())
                .concentrationNgPerUl(plain(library.concentrationNgPerUl()))
                .meanFragmentBp(library.meanFragmentBp())
                .volumeUl(plain(library.volumeUl()))
                .inputVolumeUl(plain(library.inputVolumeUl()))
                .inputNg(library.inputNg() == null ? null : plain(library.inputNg()))
                .molarityNm(library.molarityNm())
                .plateId(library.plateId())
                .well(library.well())
                .warnings(List.copyOf(library.warnings()))
                .createdAt(library.createdAt())
                .createdBy(library.createdBy());
    }

    static LibraryPage libraries(Page<Libraries.LibraryView> page) {
        return new LibraryPage()
                .items(page.items().stream().map(LibraryPrepMapper::library).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static Plate plate(Plates.PlateView plate) {
        return new Plate()
                .id(plate.id())
                .name(plate.name())
                .format(plate.format())
                .kitId(plate.kitId())
                .kit(plate.kitLabel())
                .protocol(plate.protocol())
                .libraries(plate.libraries().stream()
                        .map(library -> library(library, plate.kitLabel()))
                        .toList())
                .createdAt(plate.createdAt())
                .createdBy(plate.createdBy());
    }

    static Normalisation normalisation(NormalisationStep step) {
        return new Normalisation()
                .id(step.id())
                .libraryId(step.libraryId())
                .fromConcentrationNgPerUl(plain(step.fromConcentrationNgPerUl()))
                .fromVolumeUl(plain(step.fromVolumeUl()))
                .toConcentrationNgPerUl(plain(step.toConcentrationNgPerUl()))
                .toVolumeUl(step.toVolumeUl())
                .diluentUl(step.diluentUl())
                .molarityNm(step.molarityNm())
                .note(step.note())
                .at(step.at())
                .by(step.by());
    }

    /** Without trailing zeros the database's numeric scale adds (1.650000 is 1.65). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
