package org.tracseq.libraryprep.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.tracseq.contract.libraryprep.api.NormalisationApi;
import org.tracseq.contract.libraryprep.model.NormalisationCreate;
import org.tracseq.contract.libraryprep.model.NormalisationInput;
import org.tracseq.contract.libraryprep.model.NormalisationResult;
import org.tracseq.libraryprep.domain.Dilution;
import org.tracseq.libraryprep.service.Libraries;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/** Normalisation (LB-3): the calculator, and the recorded steps of a library. */
@Path("")
@RequestScoped
public class NormalisationResource implements NormalisationApi {
    @Inject
    Libraries libraries;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response calculateNormalisation(NormalisationInput body) {
        Bodies.required(body);
        Dilution.Result result = Dilution.to(body.getVolume(), body.getConcentration(), body.getTargetConcentration());
        return Response.ok(new NormalisationResult().volume(result.volume()).diluent(result.diluent()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response normaliseLibrary(UUID libraryId, NormalisationCreate body, String idempotencyKey) {
        Bodies.required(body);
        String actor = Actors.of(security);
        return idempotency.once(
                "library-prep.normalise:" + libraryId,
                idempotencyKey,
                body,
                () -> Response.status(201)
                        .entity(LibraryPrepMapper.normalisation(libraries.normalise(
                                libraryId,
                                body.getTargetConcentrationNgPerUl(),
                                body.getTargetMolarityNm(),
                                body.getNote(),
                                actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listNormalisations(UUID libraryId) {
        return Response.ok(libraries.normalisations(libraryId).stream()
                        .map(LibraryPrepMapper::normalisation)
                        .toList())
                .build();
    }
}
