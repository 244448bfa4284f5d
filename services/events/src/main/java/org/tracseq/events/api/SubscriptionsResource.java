package org.tracseq.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.contract.events.api.SubscriptionsApi;
import org.tracseq.contract.events.model.ReplayRequest;
import org.tracseq.contract.events.model.ReplayResult;
import org.tracseq.contract.events.model.SecretChange;
import org.tracseq.contract.events.model.SubscriptionCreate;
import org.tracseq.contract.events.model.SubscriptionUpdate;
import org.tracseq.events.service.Subscriptions;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/** Webhook subscriptions, for lab administrators; the secret goes in and never comes out. */
@Path("/subscriptions")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class SubscriptionsResource implements SubscriptionsApi {
    @Inject
    Subscriptions subscriptions;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext security;

    @Override
    public Response createSubscription(SubscriptionCreate body, String idempotencyKey) {
        Bodies.required(body);
        String actor = Actors.of(security);
        return idempotentRequests.once(
                "events.createSubscription",
                idempotencyKey,
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(EventsMapper.subscription(subscriptions.create(
                                body.getUrl(), body.getTypes(), body.getSecret(), body.getDescription(), actor)))
                        .build());
    }

    @Override
    public Response listSubscriptions(Integer page, Integer size) {
        return Response.ok(EventsMapper.subscriptions(subscriptions.page(PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    public Response getSubscription(UUID subscriptionId) {
        return Response.ok(EventsMapper.subscription(subscriptions.get(subscriptionId)))
                .build();
    }

    @Override
    public Response updateSubscription(UUID subscriptionId, SubscriptionUpdate body) {
        Bodies.required(body);
        var changes = new Subscriptions.Changes(
                Optional.ofNullable(body.getUrl()),
                Optional.ofNullable(body.getTypes()),
                Optional.ofNullable(body.getDescription()),
                Optional.ofNullable(body.getEnabled()));
        return Response.ok(
                        EventsMapper.subscription(subscriptions.update(subscriptionId, changes, Actors.of(security))))
                .build();
    }

    @Override
    public Response deleteSubscription(UUID subscriptionId) {
        return Response.ok(EventsMapper.subscription(subscriptions.delete(subscriptionId)))
                .build();
    }

    @Override
    public Response rotateSubscriptionSecret(UUID subscriptionId, SecretChange body) {
        return Response.ok(EventsMapper.subscription(subscriptions.rotateSecret(
                        subscriptionId, Bodies.required(body).getSecret())))
                .build();
    }

    @Override
    public Response listDeliveryAttempts(UUID subscriptionId, Integer page, Integer size) {
        return Response.ok(
                        EventsMapper.attempts(subscriptions.log(subscriptionId, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    public Response replaySubscription(UUID subscriptionId, ReplayRequest body) {
        Bodies.required(body);
        int enqueued = subscriptions.replay(
                subscriptionId, body.getFrom().toInstant(), body.getTo().toInstant());
        return Response.accepted(new ReplayResult().enqueued((long) enqueued)).build();
    }
}
