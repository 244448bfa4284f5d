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
import org.tracseq.auth.service.ServicePrincipalService;
import org.tracseq.contract.auth.api.PrincipalsApi;
import org.tracseq.contract.auth.model.ServicePrincipalCreate;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Bodies;

/** API keys for instruments and integrations: lab administrators only. */
@Path("/service-principals")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class ServicePrincipalsResource implements PrincipalsApi {
    @Inject
    ServicePrincipalService principals;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createServicePrincipal(ServicePrincipalCreate body) {
        Bodies.required(body);
        var issued = principals.create(
                body.getName(),
                body.getDescription(),
                AuthMapper.role(body.getRole()),
                Requests.caller(security).actor(),
                Requests.origin(request));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(issued.principal().id().toString())
                        .build())
                .entity(AuthMapper.issued(issued))
                .build();
    }

    @Override
    public Response listServicePrincipals(Integer page, Integer size) {
        PageRequest paging = PageRequest.inFixedOrder(page, size);
        return Response.ok(AuthMapper.principals(principals.list(paging))).build();
    }

    @Override
    public Response getServicePrincipal(UUID principalId) {
        return Response.ok(AuthMapper.principal(principals.get(principalId))).build();
    }

    @Override
    public Response revokeServicePrincipal(UUID principalId) {
        return Response.ok(AuthMapper.principal(
                        principals.revoke(principalId, Requests.caller(security).actor(), Requests.origin(request))))
                .build();
    }
}
