package org.tracseq.system;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.tracseq.client.ProblemException;
import org.tracseq.client.TracSeqClient;
import org.tracseq.client.model.InstrumentRegistration;
import org.tracseq.client.model.KitStatus;
import org.tracseq.client.model.KitSummary;
import org.tracseq.client.model.LaneAssignment;
import org.tracseq.client.model.Library;
import org.tracseq.client.model.LibraryCreate;
import org.tracseq.client.model.PlatformCode;
import org.tracseq.client.model.Pool;
import org.tracseq.client.model.PoolCreate;
import org.tracseq.client.model.PoolMember;
import org.tracseq.client.model.Run;
import org.tracseq.client.model.RunCreate;
import org.tracseq.client.model.RunStatus;
import org.tracseq.client.model.RunStatusChange;
import org.tracseq.client.model.SampleCreate;
import org.tracseq.client.model.SampleSheetRequest;
import org.tracseq.client.model.SampleStatus;
import org.tracseq.client.model.SampleType;
import org.tracseq.client.model.StatusChangeRequest;
import org.tracseq.client.model.Volume;
import org.tracseq.client.model.VolumeUnit;

/** What the system tests set up for sequencing as a lab would: libraries, a pool, an instrument, a run. */
final class SequencingBench {
    static final String UDI_KIT = "IDT for Illumina UD Indexes Set A";

    private SequencingBench() {}

    /** The current version of the seeded UDI kit. */
    static UUID udiKit(TracSeqClient client) {
        return client.libraryPrep().listKits(false, 0, 100).getItems().stream()
                .filter(kit -> kit.getName().startsWith(UDI_KIT) && kit.getStatus() == KitStatus.CURRENT)
                .map(KitSummary::getId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no current " + UDI_KIT));
    }

    /**
     * A one-library pool on a new MiSeq, its run planned, its sheet generated and moved along
     * SQ-STATUS to {@code queued}; QC is left pending, which does not hold a run back. A MiSeq reads
     * four colours, so one library alone lights every index cycle (CB-1).
     */
    static Run queuedRun(TracSeqClient technician, TracSeqClient administrator) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID sample = technician
                .samples()
                .createSample(
                        new SampleCreate()
                                .name("Queued run gDNA " + tag)
                                .type(SampleType.DNA)
                                .initialVolume(
                                        new Volume().value(new BigDecimal("50")).unit(VolumeUnit.UL)),
                        null)
                .getId();
        technician.samples().changeSampleStatus(sample, new StatusChangeRequest().status(SampleStatus.VALIDATED));
        Library library = technician
                .libraryPrep()
                .createLibrary(
                        new LibraryCreate()
                                .sampleId(sample)
                                .kitId(udiKit(technician))
                                .protocol("illumina-dna-prep")
                                .i7Name("UDI0001")
                                .concentrationNgPerUl(new BigDecimal("12"))
                                .meanFragmentBp(400)
                                .volumeUl(new BigDecimal("20"))
                                .inputVolumeUl(new BigDecimal("5")),
                        null);
        // Sequencing knows a library only from library-prep's events.
        await("sequencing knows the library")
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptionsInstanceOf(ProblemException.class)
                .until(() -> technician.sequencing().getSequencingLibrary(library.getId()) != null);
        Pool pool = technician
                .sequencing()
                .createPool(
                        new PoolCreate()
                                .name("Queued pool " + tag)
                                .libraries(List.of(new PoolMember()
                                        .libraryId(library.getId())
                                        .share(BigDecimal.ONE)))
                                .targetMolarityNm(new BigDecimal("1"))
                                .targetVolumeUl(new BigDecimal("50")),
                        null);
        UUID instrument = administrator
                .sequencing()
                .registerInstrument(
                        new InstrumentRegistration()
                                .name("MiSeq " + tag)
                                .serialNumber("LHQ" + tag)
                                .platform(PlatformCode.MISEQ),
                        null)
                .getId();
        Run run = technician
                .sequencing()
                .createRun(
                        new RunCreate()
                                .name("QUEUED_" + tag)
                                .instrumentId(instrument)
                                .readStructure("151-10-10-151")
                                .lanes(List.of(new LaneAssignment().lane(1).poolId(pool.getId()))),
                        null);
        technician.sequencing().generateSampleSheet(run.getId(), new SampleSheetRequest(), null);
        for (RunStatus status : List.of(RunStatus.SUBMITTED, RunStatus.VALIDATED, RunStatus.QUEUED)) {
            run = technician.sequencing().changeRunStatus(run.getId(), new RunStatusChange().status(status));
        }
        return run;
    }
}
