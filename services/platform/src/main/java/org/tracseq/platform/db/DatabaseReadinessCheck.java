package org.tracseq.platform.db;

import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.tracseq.platform.events.EventConsumers;
import org.tracseq.platform.events.OutboxRelaying;

/**
 * Ready when the schema is migrated and the database answers within two seconds; its data also
 * says how the service's events flow (outbox backlog and lag, each consumer's pending entries and
 * dead letters). Each service
 * declares it as one of its own readiness checks ({@code @Readiness @ApplicationScoped} on a
 * subclass in its {@code health} package), next to whatever else its readiness depends on.
 */
public abstract class DatabaseReadinessCheck implements HealthCheck {
    @Inject
    ServiceDatabase database;

    @Inject
    SchemaMigrator migrator;

    @Inject
    OutboxRelaying relaying;

    @Inject
    EventConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        var response =
                HealthCheckResponse.named("database:" + database.schema()).withData("migrated", migrator.isMigrated());
        // How events flow, for an operator reading the check; a backlog does not make the service unready.
        var outbox = relaying.status();
        response.withData("events.unrelayed", outbox.events())
                .withData("events.relay_lag_seconds", Math.round(outbox.oldestSeconds()));
        for (var consumer : consumers.status()) {
            String name = "events." + consumer.group() + "."
                    + consumer.stream().substring(consumer.stream().lastIndexOf(':') + 1);
            response.withData(name + ".pending", consumer.pending())
                    .withData(name + ".dead_letters", consumer.deadLetters());
        }
        try (Connection connection = database.dataSource().getConnection()) {
            return response.status(migrator.isMigrated() && connection.isValid(2))
                    .build();
        } catch (Exception e) {
            return response.withData("error", String.valueOf(e.getMessage()))
                    .down()
                    .build();
        }
    }
}
