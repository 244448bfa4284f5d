package org.tracseq.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.tracseq.contract.qaqc.client.ResultsApi;
import org.tracseq.contract.qaqc.model.Outcome;
import org.tracseq.contract.qaqc.model.Result;
import org.tracseq.contract.qaqc.model.ResultPage;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.model.SampleStatus;
import org.tracseq.contract.sequencing.client.InstrumentsApi;
import org.tracseq.contract.sequencing.model.Instrument;
import org.tracseq.contract.sequencing.model.InstrumentQueue;
import org.tracseq.contract.sequencing.model.InstrumentStatus;
import org.tracseq.contract.sequencing.model.Run;
import org.tracseq.contract.sequencing.model.RunStatus;
import org.tracseq.contract.storage.client.CapacityApi;
import org.tracseq.contract.storage.client.SensorsApi;
import org.tracseq.contract.storage.model.CapacityStatus;
import org.tracseq.contract.storage.model.Occupancy;
import org.tracseq.contract.storage.model.OccupancyReport;
import org.tracseq.gateway.routing.ServiceQueries;
import org.tracseq.gateway.routing.UpstreamFailure;
import org.tracseq.platform.client.RemoteProblemException;

/**
 * Gathers the dashboard from the services, each part on its own: a service that is down or
 * refuses makes its part unavailable (with the reason), not the whole page.
 */
@ApplicationScoped
public class Dashboard {
    private static final Logger LOG = Logger.getLogger(Dashboard.class.getName());

    @Inject
    ServiceQueries services;

    /** How far back the QC part looks: a week of fails and panics is what a lab manager reviews. */
    static final Duration QC_WINDOW = Duration.ofDays(7);

    /** How many of the QC part's results are listed (the rest are counted). */
    static final int QC_LISTED = 10;

    /** What the page shows, as the caller (whose token is sent) may see it. */
    public DashboardView view(String accessToken) {
        return new DashboardView(
                part(() -> samples(accessToken)),
                part(() -> storage(accessToken)),
                part(() -> qc(accessToken)),
                part(() -> sequencing(accessToken)));
    }

    /** How many samples there are in each status (one page of one sample each, for its total). */
    private SamplesPart samples(String accessToken) {
        Map<String, Long> byStatus = services.ask("samples", SamplesApi.class, accessToken, api -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (SampleStatus status : SampleStatus.values()) {
                counts.put(
                        status.toString(),
                        api.listSamples(null, null, List.of(status), null, null, null, null, 0, 1, null)
                                .getTotal());
            }
            return counts;
        });
        return new SamplesPart(
                byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }

    /** Zones, the units past ST-5's warning level, and the open temperature alerts. */
    private StoragePart storage(String accessToken) {
        OccupancyReport report =
                services.ask("storage", CapacityApi.class, accessToken, CapacityApi::getOccupancyReport);
        List<Occupancy> filling = report.getUnits().stream()
                .filter(unit -> unit.getCapacityStatus() != CapacityStatus.OK)
                .toList();
        long openAlerts = services.ask(
                "storage",
                SensorsApi.class,
                accessToken,
                api -> api.listAlerts("open", 0, 1).getTotal());
        return new StoragePart(report.getZones(), filling, openAlerts);
    }

    /** The results judged fail or panic in the last {@link #QC_WINDOW}, newest first (QC-1). */
    private QcPart qc(String accessToken) {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(QC_WINDOW);
        ResultPage page = services.ask(
                "qaqc",
                ResultsApi.class,
                accessToken,
                api -> api.listResults(List.of(Outcome.FAIL, Outcome.PANIC), since, false, 0, QC_LISTED));
        return new QcPart(since, page.getTotal(), page.getItems());
    }

    /** The runs in progress on the instruments in service or in maintenance (a retired one has none). */
    private SequencingPart sequencing(String accessToken) {
        return new SequencingPart(inProgress(services.ask(
                "sequencing",
                InstrumentsApi.class,
                accessToken,
                api -> api.listInstruments().getItems().stream()
                        .filter(instrument -> instrument.getStatus() != InstrumentStatus.RETIRED)
                        .map(instrument -> api.getInstrumentQueue(instrument.getId()))
                        .toList())));
    }

    /** Each instrument's running runs, then its queued ones in queue order, instruments as listed (SQ-STATUS). */
    static List<RunInProgress> inProgress(List<InstrumentQueue> queues) {
        return queues.stream()
                .flatMap(queue -> Stream.concat(queue.getRunning().stream(), queue.getQueued().stream())
                        .map(run -> RunInProgress.of(run, queue.getInstrument())))
                .toList();
    }

    static <T> Part<T> part(Supplier<T> gather) {
        try {
            return Part.of(gather.get());
        } catch (UpstreamFailure | FaultToleranceException unavailable) {
            LOG.warning(() -> "Dashboard part unavailable: " + unavailable.getMessage());
            return Part.unavailable("The service is unavailable: " + unavailable.getMessage());
        } catch (RemoteProblemException refused) {
            return Part.unavailable(refused.getMessage());
        }
    }

    /** One service's share of the page: its data, or why there is none. */
    public record Part<T>(boolean available, T data, String detail) {
        static <T> Part<T> of(T data) {
            return new Part<>(true, data, null);
        }

        static <T> Part<T> unavailable(String detail) {
            return new Part<>(false, null, detail);
        }
    }

    public record SamplesPart(long total, Map<String, Long> byStatus) {}

    public record StoragePart(List<Occupancy> zones, List<Occupancy> unitsPastWarning, long openAlerts) {}

    public record QcPart(OffsetDateTime since, long total, List<Result> results) {}

    public record SequencingPart(List<RunInProgress> runs) {}

    public record RunInProgress(
            UUID id,
            String name,
            RunStatus status,
            UUID instrumentId,
            String instrumentName,
            OffsetDateTime statusChangedAt) {
        static RunInProgress of(Run run, Instrument instrument) {
            return new RunInProgress(
                    run.getId(),
                    run.getName(),
                    run.getStatus(),
                    instrument.getId(),
                    instrument.getName(),
                    run.getStatusChangedAt());
        }
    }

    public record DashboardView(
            Part<SamplesPart> samples, Part<StoragePart> storage, Part<QcPart> qc, Part<SequencingPart> sequencing) {}
}
