package org.tracseq.guardfixture;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Stands for a generated server interface: the JAX-RS annotations live here. */
@Path("")
public interface ThingsApi {
    @GET
    @Path("/things")
    Response listThings();

    @POST
    @Path("/things")
    Response createThing();

    @GET
    @Path("/things/{id}")
    Response getThing(@PathParam("id") String id);

    @DELETE
    @Path("/things/{id}")
    Response deleteThing(@PathParam("id") String id);

    @GET
    @Path("/ping")
    Response ping();

    @GET
    @Path("/extra")
    Response extra();
}
