package org.tracseq.auth.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.AuditFilter;
import org.tracseq.auth.service.AuditLog;
import org.tracseq.contract.auth.api.AuditApi;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;

/** The security audit log (AU-4): lab administrators only. */
@Path("/audit")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class AuditResource implements AuditApi {
    @Inject
    AuditLog audit;

    @Override
    public Response listAuditEvents(
            org.tracseq.contract.auth.model.AuditEventType type,
            String subject,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer page,
            Integer size) {
        ValidationProblem.collector()
                .check(from == null || to == null || from.isBefore(to), "to", "must be after from")
                .throwIfAny();
        PageRequest paging = PageRequest.inFixedOrder(page, size);
        var filter = new AuditFilter(
                type == null ? null : AuditEventType.valueOf(type.toString().toUpperCase(Locale.ROOT)),
                subject,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
        return Response.ok(AuthMapper.audit(audit.page(filter, paging))).build();
    }
}
