package org.tracseq.samples.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tracseq.contract.barcodes.model.BarcodeBatch;
import org.tracseq.contract.barcodes.model.GenerateRequest;

/**
 * The one barcodes operation this service calls, as an MP Rest Client over the generated contract
 * models. The generated {@code BarcodesApi} client cannot be built on Liberty: RESTEasy's interface
 * check misreads {@code @Path("")} followed by a method path starting with a template
 * ({@code /{barcode}/claim}) and throws RestClientDefinitionException (quarkusio/quarkus#33915).
 */
@Path("/generate")
public interface BarcodeGeneration {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    BarcodeBatch generateBarcodes(GenerateRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey);
}
