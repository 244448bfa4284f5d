package org.tracseq.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tracseq.contract.events.api.EventsApi;
import org.tracseq.events.domain.EventFilter;
import org.tracseq.events.domain.TypePattern;
import org.tracseq.events.service.EventQueries;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.security.Roles;

/** Querying the store. Who is not a lab administrator never sees an {@code auth.*} event, whatever the filter. */
@Path("")
@RequestScoped
public class EventsResource implements EventsApi {
    private static final Set<String> SORTABLE = Set.of("position");

    @Inject
    EventQueries queries;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response listEvents(
            String type,
            String aggregateId,
            String actor,
            String requestId,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer page,
            Integer size,
            String sort) {
        EventFilter filter = new EventFilter(
                Optional.ofNullable(type).map(TypePattern::parse),
                Optional.ofNullable(aggregateId),
                Optional.ofNullable(actor),
                Optional.ofNullable(requestId),
                Optional.ofNullable(from).map(OffsetDateTime::toInstant),
                Optional.ofNullable(to).map(OffsetDateTime::toInstant),
                administrator(security));
        return Response.ok(EventsMapper.events(
                        queries.page(filter, PageRequest.of(page, size, sort, SORTABLE, "position,desc"))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response getEvent(UUID eventId) {
        return queries.find(eventId, administrator(security))
                .map(event -> Response.ok(EventsMapper.event(event)).build())
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    static boolean administrator(SecurityContext security) {
        return security.isUserInRole(Roles.LAB_ADMINISTRATOR);
    }
}
