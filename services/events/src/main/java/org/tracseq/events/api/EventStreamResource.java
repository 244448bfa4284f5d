package org.tracseq.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import java.util.OptionalLong;
import org.tracseq.events.domain.EventFilter;
import org.tracseq.events.domain.StreamStart;
import org.tracseq.events.domain.TypePattern;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;

/**
 * {@code GET /stream}, the contract's streamEvents. Not the generated interface's method: a
 * server-sent-events resource takes the {@link SseEventSink} as a parameter and returns nothing,
 * so its parameters are checked here (the contract's limits, through the domain's parsers).
 */
@Path("/stream")
@RequestScoped
public class EventStreamResource {
    private static final int MAX_AGGREGATE_ID = 200;

    @Inject
    LiveStreams streams;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.DATA_ANALYST)
    public void streamEvents(
            @QueryParam("type") String type,
            @QueryParam("aggregateId") String aggregateId,
            @QueryParam("after") Long after,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        var problems = ValidationProblem.collector();
        Optional<TypePattern> pattern = Optional.empty();
        OptionalLong start = OptionalLong.empty();
        try {
            pattern = Optional.ofNullable(type).map(TypePattern::parse);
        } catch (IllegalArgumentException e) {
            problems.add("type", e.getMessage());
        }
        try {
            start = StreamStart.of(lastEventId, after);
        } catch (IllegalArgumentException e) {
            problems.add(HttpHeaders.LAST_EVENT_ID_HEADER, e.getMessage());
        }
        problems.check(after == null || after >= 0, "after", "must be at least 0")
                .check(
                        aggregateId == null || aggregateId.length() <= MAX_AGGREGATE_ID,
                        "aggregateId",
                        "must be at most " + MAX_AGGREGATE_ID + " characters")
                .throwIfAny();
        streams.open(
                sink,
                sse,
                EventFilter.of(pattern, Optional.ofNullable(aggregateId), EventsResource.administrator(security)),
                start);
    }
}
