package org.tracseq.auth.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.tracseq.auth.domain.Session;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.service.AccountService;
import org.tracseq.auth.service.Caller;
import org.tracseq.auth.service.SessionService;
import org.tracseq.auth.service.UserService;
import org.tracseq.contract.auth.api.AccountApi;
import org.tracseq.contract.auth.model.PasswordChange;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Bodies;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.ReportsContractViolations;

/** The caller's own account, password and sessions; any signed-in user (every role). */
@Path("")
@RequestScoped
@RolesAllowed(Roles.GUEST)
public class AccountResource implements AccountApi {
    @Inject
    UserService users;

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @Inject
    ContractConstraints constraints;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Override
    public Response getCurrentUser() {
        return Response.ok(AuthMapper.user(users.get(personal().id()))).build();
    }

    /** Every problem in one answer: the contract's constraints, AU-1's other checks and the change's own. */
    @Override
    @ReportsContractViolations
    public Response changeOwnPassword(PasswordChange body) {
        Bodies.required(body);
        User user = accounts.changePassword(
                personal(),
                body.getCurrentPassword(),
                body.getNewPassword(),
                Requests.contractErrors(constraints, body),
                Requests.origin(request));
        return Response.ok(AuthMapper.user(user)).build();
    }

    @Override
    public Response listOwnSessions(Integer page, Integer size) {
        Caller caller = personal();
        PageRequest paging = PageRequest.inFixedOrder(page, size);
        return Response.ok(AuthMapper.sessions(sessions.openSessions(caller.id(), paging), caller.sessionId()))
                .build();
    }

    @Override
    public Response revokeOwnSession(UUID sessionId) {
        Caller caller = personal();
        Session revoked = sessions.revokeOwn(caller, sessionId, Requests.origin(request));
        return Response.ok(AuthMapper.session(revoked, caller.sessionId())).build();
    }

    /** These endpoints are about a person's account; a service principal has none. */
    private Caller personal() {
        Caller caller = Requests.caller(security);
        if (caller.isServicePrincipal()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Service principals have no user account");
        }
        return caller;
    }
}
