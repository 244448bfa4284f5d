package org.tracseq.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.platform.persistence.Transactions;
import org.tracseq.platform.tracing.Traces;
import org.tracseq.platform.web.RequestIds;

/**
 * Where a service records that something changed: the event row is written in the transaction of
 * the change (which must be running), so it exists exactly when the change does. The commit wakes
 * the relay ({@link OutboxRelaying}), which publishes it at once.
 */
@ApplicationScoped
public class Outbox {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ServiceDatabase database;

    @Inject
    OutboxRelaying relaying;

    @Inject
    Transactions transactions;

    /**
     * {@code payload} (as JSON) as the next event of {@code aggregateId}, by {@code actor}; with the
     * request's id and, when it is traced, its span, which the event's consumers continue.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Event publish(String type, String aggregateId, Object payload, String actor) {
        transactions.afterCommit(relaying::wake);
        try (Connection connection = database.dataSource().getConnection()) {
            return OutboxStore.append(
                    connection,
                    type,
                    aggregateId,
                    JSON.toJson(payload),
                    actor,
                    RequestIds.current().orElse(null),
                    Traces.traceparent().orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the event " + type, e);
        }
    }
}
