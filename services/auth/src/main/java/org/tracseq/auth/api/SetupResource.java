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
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.web.Bodies;

/** The first administrator, with the setup token from the log (see README.md). */
@Path("/setup")
@RequestScoped
public class SetupResource implements SetupApi {
    @Inject
    FirstStart firstStart;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @Override
    @PermitAll
    public Response setupFirstAdministrator(SetupRequest body) {
        Bodies.required(body);
        ValidationProblem.collector()
                .require(body.getSetupToken(), "setupToken")
                .check(
                        body.getSetupToken() == null || body.getSetupToken().length() <= Requests.MAX_SECRET,
                        "setupToken",
                        "must be at most " + Requests.MAX_SECRET + " characters")
                .throwIfAny();
        NewAccount account = NewAccount.of(
                body.getUsername(),
                body.getPassword(),
                body.getFullName(),
                body.getEmail(),
                body.getDepartment(),
                body.getLabAffiliation(),
                Role.LAB_ADMINISTRATOR,
                PasswordPolicy.shipped());
        User admin = firstStart.setup(body.getSetupToken(), account, Requests.origin(request));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("users")
                        .path(admin.id().toString())
                        .build())
                .entity(AuthMapper.user(admin))
                .build();
    }
}
