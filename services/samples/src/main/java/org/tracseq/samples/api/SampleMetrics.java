package org.tracseq.samples.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.platform.idempotency.IdempotentRequests;

/** Counts samples registered (singly, in batches, as children); a replayed response creates nothing and counts nothing. */
@ApplicationScoped
public class SampleMetrics {
    @Inject
    @Metric(
            name = "tracseq_samples_created",
            absolute = true,
            description = "Samples registered, children and batch rows included")
    Counter created;

    void created(Response response, int samples) {
        if (response.getStatus() == 201 && response.getHeaderString(IdempotentRequests.REPLAYED_HEADER) == null) {
            created.inc(samples);
        }
    }
}
