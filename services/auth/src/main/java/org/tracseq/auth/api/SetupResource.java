package org.tracseq.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tracseq.auth.domain.NewAccount;
import org.tracseq.auth.domain.PasswordPolicy;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.service.FirstStart;
import org.tracseq.contract.auth.api.SetupApi;
import org.tracseq.contract.auth.model.SetupRequest;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.web.Bodies;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.ReportsContractViolations;

/** The first administrator, with the setup token from the log (see README.md). */
@Path("/setup")
@RequestScoped
public class SetupResource implements SetupApi {
    @Inject
    FirstStart firstStart;

    @Inject
    ContractConstraints constraints;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** Every problem of the form in one answer: the contract's constraints and AU-1's other checks. */
    @Override
    @PermitAll
    @ReportsContractViolations
    public Response setupFirstAdministrator(SetupRequest body) {
        Bodies.required(body);
        NewAccount account = NewAccount.of(
                body.getUsername(),
                body.getPassword(),
                body.getFullName(),
                body.getEmail(),
                body.getDepartment(),
                body.getLabAffiliation(),
                Role.LAB_ADMINISTRATOR,
                PasswordPolicy.shipped(),
                Requests.contractErrors(constraints, body));
        User admin = firstStart.setup(body.getSetupToken(), account, Requests.origin(request));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("users")
                        .path(admin.id().toString())
                        .build())
                .entity(AuthMapper.user(admin))
                .build();
    }
}
