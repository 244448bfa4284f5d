package org.tracseq.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.tracseq.contract.samples.client.SamplesApi;
import org.tracseq.contract.samples.model.SampleStatus;
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

    /** What the page shows, as the caller (whose token is sent) may see it. */
    public DashboardView view(String accessToken) {
        return new DashboardView(part(() -> samples(accessToken)), part(() -> storage(accessToken)));
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

    public record DashboardView(Part<SamplesPart> samples, Part<StoragePart> storage) {}
}
