package org.tracseq.auth.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.tracseq.auth.domain.AccountRules;
import org.tracseq.auth.domain.NewAccount;
import org.tracseq.auth.domain.PasswordPolicy;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.domain.UserFilter;
import org.tracseq.auth.service.SessionService;
import org.tracseq.auth.service.UserService;
import org.tracseq.contract.auth.api.UsersApi;
import org.tracseq.contract.auth.model.Reason;
import org.tracseq.contract.auth.model.Role;
import org.tracseq.contract.auth.model.RoleChange;
import org.tracseq.contract.auth.model.UserCreate;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Bodies;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.ReportsContractViolations;

/** User administration: lab administrators only. */
@Path("/users")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class UsersResource implements UsersApi {
    private static final String DEFAULT_SORT = "username,asc";

    @Inject
    UserService users;

    @Inject
    SessionService sessions;

    @Inject
    ContractConstraints constraints;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /** Every problem of the form in one answer: the contract's constraints and AU-1's other checks. */
    @Override
    @ReportsContractViolations
    public Response createUser(UserCreate body) {
        Bodies.required(body);
        NewAccount account = NewAccount.of(
                body.getUsername(),
                body.getPassword(),
                body.getFullName(),
                body.getEmail(),
                body.getDepartment(),
                body.getLabAffiliation(),
                AuthMapper.role(body.getRole()),
                PasswordPolicy.shipped(),
                Requests.contractErrors(constraints, body));
        User user = users.create(account, Requests.caller(security).actor(), Requests.origin(request));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(user.id().toString())
                        .build())
                .entity(AuthMapper.user(user))
                .build();
    }

    @Override
    public Response listUsers(Role role, Boolean enabled, String q, Integer page, Integer size, String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, UserService.sortableFields(), DEFAULT_SORT);
        var filter = new UserFilter(AuthMapper.role(role), enabled, q);
        return Response.ok(AuthMapper.users(users.list(filter, paging))).build();
    }

    @Override
    public Response getUser(UUID userId) {
        return Response.ok(AuthMapper.user(users.get(userId))).build();
    }

    @Override
    public Response changeUserRole(UUID userId, RoleChange body) {
        Bodies.required(body);
        User user = users.changeRole(
                userId,
                AuthMapper.role(body.getRole()),
                reason(body.getReason()),
                Requests.caller(security).actor(),
                Requests.origin(request));
        return Response.ok(AuthMapper.user(user)).build();
    }

    @Override
    public Response disableUser(UUID userId, Reason body) {
        User user =
                users.disable(userId, reason(body), Requests.caller(security).actor(), Requests.origin(request));
        return Response.ok(AuthMapper.user(user)).build();
    }

    @Override
    public Response enableUser(UUID userId, Reason body) {
        User user = users.enable(userId, reason(body), Requests.caller(security).actor(), Requests.origin(request));
        return Response.ok(AuthMapper.user(user)).build();
    }

    @Override
    public Response listUserSessions(UUID userId, Integer page, Integer size) {
        PageRequest paging = PageRequest.inFixedOrder(page, size);
        users.get(userId);
        return Response.ok(AuthMapper.sessions(
                        sessions.openSessions(userId, paging),
                        Requests.caller(security).sessionId()))
                .build();
    }

    /** The optional reason of a state change, checked. */
    private static String reason(Reason body) {
        return reason(body == null ? null : body.getReason());
    }

    /** A reason's length is the contract's; it may have line breaks but no other control characters. */
    private static String reason(String reason) {
        var errors = ValidationProblem.collector();
        AccountRules.checkText(errors, "reason", reason, false, true);
        errors.throwIfAny();
        return reason;
    }
}
