package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.client.ProblemException;
import org.tracseq.client.TracSeqClient;
import org.tracseq.client.model.DemultiplexImport;
import org.tracseq.client.model.DemultiplexReport;
import org.tracseq.client.model.EffectiveQc;
import org.tracseq.client.model.EffectiveQcList;
import org.tracseq.client.model.EffectiveQcRequest;
import org.tracseq.client.model.ImportFormat;
import org.tracseq.client.model.ImportRequest;
import org.tracseq.client.model.ImportedResult;
import org.tracseq.client.model.InstrumentRegistration;
import org.tracseq.client.model.LaneAssignment;
import org.tracseq.client.model.LaneCheck;
import org.tracseq.client.model.LaneReport;
import org.tracseq.client.model.LaneSummary;
import org.tracseq.client.model.Library;
import org.tracseq.client.model.LibraryReads;
import org.tracseq.client.model.Plate;
import org.tracseq.client.model.PlateCreate;
import org.tracseq.client.model.PlateWellCreate;
import org.tracseq.client.model.PlatformCode;
import org.tracseq.client.model.Pool;
import org.tracseq.client.model.PoolCreate;
import org.tracseq.client.model.PoolMember;
import org.tracseq.client.model.PooledLibrary;
import org.tracseq.client.model.QcStanding;
import org.tracseq.client.model.Result;
import org.tracseq.client.model.ResultRequest;
import org.tracseq.client.model.Run;
import org.tracseq.client.model.RunCreate;
import org.tracseq.client.model.RunStatus;
import org.tracseq.client.model.RunStatusChange;
import org.tracseq.client.model.RunSummaryImport;
import org.tracseq.client.model.Sample;
import org.tracseq.client.model.SampleCreate;
import org.tracseq.client.model.SampleSheet;
import org.tracseq.client.model.SampleSheetRequest;
import org.tracseq.client.model.SampleStatus;
import org.tracseq.client.model.SampleType;
import org.tracseq.client.model.Severity;
import org.tracseq.client.model.SheetVersionCode;
import org.tracseq.client.model.Standing;
import org.tracseq.client.model.StatusChangeRequest;
import org.tracseq.client.model.SubjectKind;
import org.tracseq.client.model.UnknownBarcode;
import org.tracseq.client.model.VerificationRequest;
import org.tracseq.client.model.Volume;
import org.tracseq.client.model.VolumeUnit;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The sequencing issue's walk, through the Java SDK as a lab's own program would drive it: four DNA
 * samples registered and validated, their Qubit and NanoDrop files imported and verified by a
 * second technician, a 96-well plate of libraries with the UDI kit (UDI0001-UDI0004 down column
 * 1), each library's Qubit recorded and verified, a pool whose libraries' effective QC (QC-4) is
 * {@code pass}, a NovaSeq X run with the pool in lane 1, a clean lane check, the v2 sample sheet
 * generated and downloaded, the run moved along SQ-STATUS to {@code running}, the run summary and
 * BCL Convert's reports imported, the run completed; the source samples follow it to
 * {@code completed}. The sheet is a {@code text/csv} download, which the SDK returns as its text.
 */
@MicroShedTest
class SequencingWalkIT {
    private static final String READ_STRUCTURE = "151-10-10-151";
    /** IDT for Illumina UD Indexes Set A, wells A01-D01: i7 and i5 (forward) of UDI0001-UDI0004. */
    private static final List<String[]> UDI = List.of(
            new String[] {"UDI0001", "CCGCGGTT", "AGCGCTAG"},
            new String[] {"UDI0002", "TTATAACC", "GATATCGA"},
            new String[] {"UDI0003", "GGACTTGG", "CGCAGACG"},
            new String[] {"UDI0004", "AAGTCCAA", "TATGAGTA"});

    private static TracSeqClient technician;
    private static TracSeqClient secondTechnician;
    private static TracSeqClient administrator;

    @BeforeAll
    static void signIn() {
        TracSeqServer.awaitReady();
        technician = LabBench.clientWithRole("lab_technician");
        secondTechnician = LabBench.clientWithRole("lab_technician");
        administrator = LabBench.clientWithRole("lab_administrator");
    }

    @Test
    void fourDnaSamplesAreSequencedOnANovaSeqXAndCompleted() {
        List<Sample> samples = IntStream.rangeClosed(1, 4)
                .mapToObj(n -> validatedSample("walk gDNA " + n))
                .toList();

        verifiedBySecondTechnician(imported(ImportFormat.QUBIT, "qubit-2026-12-03.csv", qubitFile(samples)));
        verifiedBySecondTechnician(imported(ImportFormat.NANODROP, "nanodrop-2026-12-03.tsv", nanoDropFile(samples)));
        for (Sample sample : samples) {
            assertThat(technician.qaqc().getSampleSummary(sample.getId()).getStanding())
                    .as("QC of %s", sample.getBarcode())
                    .isEqualTo(Standing.PASS);
        }

        Plate plate = technician
                .libraryPrep()
                .createPlate(
                        new PlateCreate()
                                .name("Walk plate "
                                        + UUID.randomUUID().toString().substring(0, 8))
                                .format(96)
                                .kitId(SequencingBench.udiKit(technician))
                                .protocol("illumina-dna-prep")
                                .wells(IntStream.range(0, 4)
                                        .mapToObj(i -> new PlateWellCreate()
                                                .well((char) ('A' + i) + "01")
                                                .sampleId(samples.get(i).getId())
                                                .concentrationNgPerUl(new BigDecimal(12 + i))
                                                .meanFragmentBp(400)
                                                .volumeUl(new BigDecimal("20"))
                                                .inputVolumeUl(new BigDecimal("5")))
                                        .toList()),
                        null);
        List<Library> libraries = plate.getLibraries();
        assertThat(libraries)
                .extracting(Library::getI7Name)
                .containsExactly("UDI0001", "UDI0002", "UDI0003", "UDI0004");
        assertThat(libraries)
                .extracting(Library::getI5)
                .containsExactly("AGCGCTAG", "GATATCGA", "CGCAGACG", "TATGAGTA");
        List<UUID> libraryIds = libraries.stream().map(Library::getId).toList();

        // qaqc knows a library from library-prep's event, moments later.
        await("qaqc knows the libraries")
                .atMost(Duration.ofSeconds(20))
                .until(() -> effectiveQc(libraryIds).getUnknown().isEmpty());
        List<UUID> libraryQubits = new ArrayList<>();
        for (Library library : libraries) {
            libraryQubits.add(technician
                    .qaqc()
                    .recordResult(
                            new ResultRequest()
                                    .subjectKind(SubjectKind.LIBRARY)
                                    .subjectId(library.getId())
                                    .metric("concentration")
                                    .value(library.getConcentrationNgPerUl())
                                    .instrument("Qubit 4 bench 1"),
                            null)
                    .getId());
        }
        verifiedBySecondTechnician(libraryQubits);
        await("QC-4 of the libraries")
                .atMost(Duration.ofSeconds(20))
                .until(() -> effectiveQc(libraryIds).getLibraries().stream()
                        .map(EffectiveQc::getEffective)
                        .allMatch(Standing.PASS::equals));

        // Sequencing, too, knows a library only from library-prep's events.
        await("sequencing knows the libraries")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> libraryIds.stream()
                        .allMatch(id -> technician.sequencing().getSequencingLibrary(id) != null));
        Pool pool = technician
                .sequencing()
                .createPool(
                        new PoolCreate()
                                .name("Walk pool " + plate.getName())
                                .libraries(libraryIds.stream()
                                        .map(id ->
                                                new PoolMember().libraryId(id).share(BigDecimal.ONE))
                                        .toList())
                                .targetMolarityNm(new BigDecimal("2"))
                                .targetVolumeUl(new BigDecimal("100")),
                        null);
        assertThat(pool.getLibraries()).extracting(PooledLibrary::getQc).containsOnly(QcStanding.PASS);
        assertThat(pool.getQcOverride()).isNull();

        UUID instrument = administrator
                .sequencing()
                .registerInstrument(
                        new InstrumentRegistration()
                                .name("NovaSeq X walk "
                                        + UUID.randomUUID().toString().substring(0, 8))
                                .serialNumber("LH"
                                        + UUID.randomUUID()
                                                .toString()
                                                .substring(0, 8)
                                                .toUpperCase())
                                .platform(PlatformCode.NOVASEQ_X)
                                .capacity(2),
                        null)
                .getId();
        Run run = technician
                .sequencing()
                .createRun(
                        new RunCreate()
                                .name("WALK_" + UUID.randomUUID().toString().substring(0, 8))
                                .instrumentId(instrument)
                                .readStructure(READ_STRUCTURE)
                                .lanes(List.of(new LaneAssignment().lane(1).poolId(pool.getId()))),
                        null);
        assertThat(run.getStatus()).isEqualTo(RunStatus.DRAFT);

        LaneCheck check = technician.sequencing().checkRunLanes(run.getId());
        LaneReport lane = check.getLanes().get(0);
        assertThat(check.getPasses()).as("%s", check).isTrue();
        assertThat(lane.getLibraries()).isEqualTo(4);
        assertThat(lane.getCollisions()).isEmpty();
        assertThat(lane.getFindings()).noneMatch(finding -> finding.getSeverity() == Severity.FAIL);

        SampleSheet sheet = technician
                .sequencing()
                .generateSampleSheet(run.getId(), new SampleSheetRequest().sheetVersion(SheetVersionCode.V2), null);
        assertThat(sheet.getLanesPassed()).isTrue();
        String file = technician.sequencing().downloadSampleSheet(run.getId(), sheet.getVersion());
        assertThat(file).contains("FileFormatVersion,2", "InstrumentPlatform,NovaSeqXSeries", "[BCLConvert_Data]");
        assertThat(overrideCycles(file)).as("OverrideCycles of\n%s", file).isEqualTo(cycles(READ_STRUCTURE));
        for (int i = 0; i < 4; i++) {
            // NovaSeq X v2 sheets take i5 forward.
            assertThat(file).contains(libraries.get(i).getName() + "," + UDI.get(i)[1] + "," + UDI.get(i)[2]);
        }

        for (RunStatus status : List.of(RunStatus.SUBMITTED, RunStatus.VALIDATED, RunStatus.QUEUED)) {
            assertThat(move(run, new RunStatusChange().status(status)).getStatus())
                    .isEqualTo(status);
        }
        String flowCell = "22" + UUID.randomUUID().toString().substring(0, 7).toUpperCase() + "LT3";
        Run running = move(run, new RunStatusChange().status(RunStatus.RUNNING).flowCellId(flowCell));
        assertThat(running.getFlowCellId()).isEqualTo(flowCell);
        awaitSamples(samples, SampleStatus.IN_SEQUENCING);

        technician
                .sequencing()
                .importRunSummary(
                        run.getId(),
                        new RunSummaryImport()
                                .lanes(List.of(new LaneSummary()
                                        .lane(1)
                                        .yieldGb(new BigDecimal("402.7"))
                                        .percentQ30(new BigDecimal("93.4"))
                                        .percentPf(new BigDecimal("81.2"))
                                        .clusterDensityKPerMm2(new BigDecimal("3104")))),
                        null);
        assertThat(technician.sequencing().getRunSummary(run.getId()).getLanes())
                .extracting(summary -> summary.getPercentQ30().doubleValue())
                .containsExactly(93.4);

        long[] reads = {98_412_331L, 101_204_876L, 95_877_120L, 99_310_452L};
        DemultiplexReport report = technician
                .sequencing()
                .importDemultiplexing(
                        run.getId(),
                        new DemultiplexImport()
                                .demultiplexStats(demultiplexStats(libraries, reads, 6_120_388L))
                                .topUnknownBarcodes(TOP_UNKNOWN_BARCODES),
                        null);
        Map<UUID, LibraryReads> byLibrary = report.getLibraries().stream()
                .collect(Collectors.toMap(LibraryReads::getLibraryId, Function.identity()));
        for (int i = 0; i < 4; i++) {
            LibraryReads reported = byLibrary.get(libraries.get(i).getId());
            assertThat(reported.getReads()).isEqualTo(reads[i]);
            assertThat(reported.getUnderHalf()).isFalse();
        }
        assertThat(report.getUnknownBarcodes()).hasSize(3);
        // Named from library-prep's catalogue, which sequencing keeps from its kit events (the seeded kit's).
        UnknownBarcode udi0005 = report.getUnknownBarcodes().get(1);
        assertThat(udi0005.getKnownIndex()).as("%s", udi0005).isEqualTo("UDI0005");
        assertThat(udi0005.getKnownIndexKit()).startsWith(SequencingBench.UDI_KIT);
        assertThat(report.getUnknownBarcodes().get(0).getKnownIndex())
                .as("polyG: no signal")
                .isNull();

        assertThat(move(run, new RunStatusChange().status(RunStatus.COMPLETED)).getStatus())
                .isEqualTo(RunStatus.COMPLETED);
        // Samples follows sequencing's run events.
        awaitSamples(samples, SampleStatus.COMPLETED);
    }

    /**
     * A validated DNA sample with a tube maker's label of its own, unique across runs: QC files find
     * samples by barcode, and the event streams a test server shares keep earlier runs' samples,
     * whose TracSeq barcodes restart every day in a fresh test database.
     */
    private static Sample validatedSample(String name) {
        Sample sample = technician
                .samples()
                .createSample(
                        new SampleCreate()
                                .name(name)
                                .type(SampleType.DNA)
                                .barcode("SEQW-"
                                        + UUID.randomUUID()
                                                .toString()
                                                .substring(0, 13)
                                                .toUpperCase())
                                .initialVolume(
                                        new Volume().value(new BigDecimal("50")).unit(VolumeUnit.UL)),
                        null);
        technician
                .samples()
                .changeSampleStatus(sample.getId(), new StatusChangeRequest().status(SampleStatus.VALIDATED));
        return sample;
    }

    private static String qubitFile(List<Sample> samples) {
        StringBuilder file = new StringBuilder("Run ID,Assay Name,Test Name,Test Date,Qubit® tube conc.,"
                + "Qubit tube conc. units,Original sample conc.,Original sample conc. units,Sample Volume (µL),"
                + "Dilution Factor\n");
        for (int i = 0; i < samples.size(); i++) {
            file.append("2026-12-03_0915%02d,dsDNA Broad Range,%s,2026-12-03 09:15:%02d,1.%d4,µg/mL,2%d8,ng/µL,1,200\n"
                    .formatted(12 + i, samples.get(i).getBarcode(), 12 + i, 2 + i, 4 + i));
        }
        return file.toString();
    }

    private static String nanoDropFile(List<Sample> samples) {
        StringBuilder file =
                new StringBuilder("Sample Name\tNucleic Acid Conc.\tUnit\tA260 (Abs)\tA280 (Abs)\t260/280\t"
                        + "260/230\tSample Type\tFactor\n");
        for (int i = 0; i < samples.size(); i++) {
            file.append("%s\t25%d.6\tng/μl\t5.0%d2\t2.70%d\t1.8%d\t2.1%d\tDNA\t50.00\n"
                    .formatted(samples.get(i).getBarcode(), i, i, i, 5 + i, i));
        }
        return file.toString();
    }

    private static List<UUID> imported(ImportFormat format, String fileName, String content) {
        return technician
                .qaqc()
                .importInstrumentFile(
                        new ImportRequest()
                                .format(format)
                                .fileName(fileName)
                                .instrument(format.getValue() + " bench 1")
                                .content(content),
                        null)
                .getResults()
                .stream()
                .map(ImportedResult::getResultId)
                .toList();
    }

    /** QC-3: each result verified by someone other than the technician who measured it. */
    private static void verifiedBySecondTechnician(List<UUID> results) {
        assertThat(results).isNotEmpty();
        for (UUID result : results) {
            Result verified = secondTechnician
                    .qaqc()
                    .verifyResult(result, new VerificationRequest().note("checked against the printout"), null);
            assertThat(verified.getVerified()).isTrue();
        }
    }

    private static EffectiveQcList effectiveQc(List<UUID> libraries) {
        return technician.qaqc().queryEffectiveQc(new EffectiveQcRequest().libraryIds(libraries));
    }

    private static Run move(Run run, RunStatusChange change) {
        return technician.sequencing().changeRunStatus(run.getId(), change);
    }

    private static void awaitSamples(List<Sample> samples, SampleStatus status) {
        await("samples " + status.getValue())
                .atMost(Duration.ofSeconds(20))
                .until(() -> samples.stream()
                        .allMatch(sample ->
                                technician.samples().getSample(sample.getId()).getStatus() == status));
    }

    /** The cycles each segment of the sheet's OverrideCycles adds up to ({@code Y151;I8N2;...}). */
    private static List<Integer> overrideCycles(String sheet) {
        Matcher line = Pattern.compile("(?m)^OverrideCycles,([^,\\r\\n]+)").matcher(sheet);
        assertThat(line.find()).as("an OverrideCycles line").isTrue();
        return Arrays.stream(line.group(1).split(";"))
                .map(segment -> Pattern.compile("[YINU](\\d+)")
                        .matcher(segment)
                        .results()
                        .mapToInt(run -> Integer.parseInt(run.group(1)))
                        .sum())
                .toList();
    }

    private static List<Integer> cycles(String readStructure) {
        return Arrays.stream(readStructure.split("-")).map(Integer::valueOf).toList();
    }

    /** BCL Convert's Reports/Demultiplex_Stats.csv for lane 1: the four libraries and the undetermined reads. */
    private static String demultiplexStats(List<Library> libraries, long[] reads, long undetermined) {
        long total = Arrays.stream(reads).sum() + undetermined;
        StringBuilder file = new StringBuilder("Lane,SampleID,Sample_Project,Index,# Reads,# Perfect Index Reads,"
                + "# One Mismatch Index Reads,# Two Mismatch Index Reads,% Reads,% Perfect Index Reads,"
                + "% One Mismatch Index Reads,% Two Mismatch Index Reads\n");
        for (int i = 0; i < libraries.size(); i++) {
            long perfect = reads[i] * 97 / 100;
            file.append(String.format(
                    Locale.ROOT,
                    "1,%s,,%s-%s,%d,%d,%d,0,%.4f,0.9700,%.4f,0.0000\n",
                    libraries.get(i).getName(),
                    UDI.get(i)[1],
                    UDI.get(i)[2],
                    reads[i],
                    perfect,
                    reads[i] - perfect,
                    (double) reads[i] / total,
                    (double) (reads[i] - perfect) / reads[i]));
        }
        file.append(String.format(
                Locale.ROOT,
                "1,Undetermined,Undetermined,,%d,%d,0,0,%.4f,1.0000,0.0000,0.0000\n",
                undetermined,
                undetermined,
                (double) undetermined / total));
        return file.toString();
    }

    /**
     * BCL Convert's Reports/Top_Unknown_Barcodes.csv: index2 as the NovaSeq X read it (the reverse
     * complement of i5). ATCCACTG+ACGCACCT is UDI0005 (i5 AGGTGCGT forward), which no library of the
     * run has; the others are typical: a polyG no-signal read and an i7 with no i5 match.
     */
    private static final String TOP_UNKNOWN_BARCODES = """
            Lane,index,index2,# Reads,% of Unknown Barcodes,% of All Reads
            1,GGGGGGGG,GGGGGGGG,2204112,0.3601,0.0055
            1,ATCCACTG,ACGCACCT,1204331,0.1968,0.0030
            1,CCGCGGTT,AGATCTCG,310876,0.0508,0.0008
            """;
}
