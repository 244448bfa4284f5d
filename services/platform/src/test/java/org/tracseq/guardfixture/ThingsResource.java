package org.tracseq.guardfixture;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.tracseq.platform.security.Roles;

/** Agrees with guardfixture.yaml on listThings and ping only. */
@Path("")
public class ThingsResource implements ThingsApi {
    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listThings() {
        return null;
    }

    /** The contract admits research scientists. */
    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response createThing() {
        return null;
    }

    /** The contract wants a token. */
    @Override
    @PermitAll
    public Response getThing(String id) {
        return null;
    }

    /** The contract admits administrators only; without an annotation any signed-in caller gets in. */
    @Override
    public Response deleteThing(String id) {
        return null;
    }

    @Override
    @PermitAll
    public Response ping() {
        return null;
    }

    /** Not in the contract. */
    @Override
    @RolesAllowed(Roles.GUEST)
    public Response extra() {
        return null;
    }
}
