package org.tracseq.sequencing.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The one qaqc operation sequencing calls ({@code openapi/qaqc.yaml}, {@code queryEffectiveQc}),
 * written here because the qaqc contract module is built on another branch; once both are on main
 * the generated client can replace it.
 */
@Path("/qaqc/libraries/effective")
public interface QaqcApi {
    record EffectiveQcRequest(List<UUID> libraryIds) {}

    record EffectiveQc(UUID libraryId, UUID sampleId, String effective, List<String> reasons) {}

    /** {@code unknown}: libraries qaqc has not heard of yet. */
    record EffectiveQcList(List<EffectiveQc> libraries, List<UUID> unknown) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    EffectiveQcList queryEffectiveQc(EffectiveQcRequest request);
}
