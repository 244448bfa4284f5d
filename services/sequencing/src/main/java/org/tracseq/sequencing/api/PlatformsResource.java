package org.tracseq.sequencing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.tracseq.contract.sequencing.api.PlatformsApi;
import org.tracseq.contract.sequencing.model.PlatformList;
import org.tracseq.platform.security.Roles;
import org.tracseq.sequencing.domain.Platform;

/** The platform catalogue (SQ-PLATFORMS), read-only: it is code, cited in {@link Platform}. */
@Path("/platforms")
@RequestScoped
public class PlatformsResource implements PlatformsApi {
    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listPlatforms() {
        return Response.ok(new PlatformList()
                        .items(Arrays.stream(Platform.values())
                                .map(SequencingMapper::platform)
                                .toList()))
                .build();
    }
}
