package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.events.domain.DeliveryAttempt;
import org.tracseq.events.domain.Subscription;
import org.tracseq.events.persistence.DeliveryRepository;
import org.tracseq.events.persistence.SubscriptionRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.ValidationProblem;

/** Managing webhook subscriptions, their delivery log, and replays; one transaction per call. */
@ApplicationScoped
public class Subscriptions {
    private static final String SUBSCRIPTION = "Subscription";

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    /** What a PATCH may change; an absent part stays as it is. */
    public record Changes(
            Optional<String> url,
            Optional<List<String>> types,
            Optional<String> description,
            Optional<Boolean> enabled) {}

    @Transactional
    public Subscription create(String url, List<String> types, String secret, String description, String actor) {
        Subscription subscription =
                new Subscription(UUID.randomUUID(), url, types, secret, description, true, 0, null, null, now(), actor);
        subscriptions.insert(subscription);
        return subscription;
    }

    @Transactional
    public Subscription get(UUID id) {
        return subscriptions.find(id).orElseThrow(() -> ProblemException.notFound(SUBSCRIPTION, id));
    }

    @Transactional
    public Page<Subscription> page(PageRequest page) {
        return subscriptions.page(page);
    }

    @Transactional
    public Subscription update(UUID id, Changes changes, String actor) {
        Subscription current = locked(id);
        Subscription changed = current.with(
                        changes.url().orElse(current.url()),
                        changes.types().orElse(current.types()),
                        changes.description().orElse(current.description()))
                .withEnabled(changes.enabled().orElse(current.enabled()), actor, now());
        subscriptions.update(changed);
        if (changed.enabled() && !current.enabled()) {
            deliveries.dueAgain(id, now());
        }
        return changed;
    }

    @Transactional
    public Subscription rotateSecret(UUID id, String secret) {
        Subscription rotated = locked(id).withSecret(secret);
        subscriptions.update(rotated);
        return rotated;
    }

    /** Removes it with its waiting deliveries and its log; what it was. */
    @Transactional
    public Subscription delete(UUID id) {
        Subscription removed = locked(id);
        subscriptions.delete(id);
        return removed;
    }

    @Transactional
    public Page<DeliveryAttempt> log(UUID id, PageRequest page) {
        get(id);
        return deliveries.log(id, page);
    }

    /** Queues a delivery of every stored event that occurred in [from, to) and matches; how many. */
    @Transactional
    public int replay(UUID id, Instant from, Instant to) {
        ValidationProblem.collector()
                .check(from.isBefore(to), "to", "must be after from")
                .throwIfAny();
        return deliveries.enqueueOccurred(get(id), from, to, now());
    }

    private Subscription locked(UUID id) {
        return subscriptions.lock(id).orElseThrow(() -> ProblemException.notFound(SUBSCRIPTION, id));
    }

    /** Microseconds: what PostgreSQL keeps, so an answer equals a later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
