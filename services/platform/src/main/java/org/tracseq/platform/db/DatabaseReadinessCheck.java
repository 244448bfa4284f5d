package org.tracseq.platform.db;

import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Ready when the schema is migrated and the database answers within two seconds. Each service
 * declares it as one of its own readiness checks ({@code @Readiness @ApplicationScoped} on a
 * subclass in its {@code health} package), next to whatever else its readiness depends on.
 */
public abstract class DatabaseReadinessCheck implements HealthCheck {
    @Inject
    ServiceDatabase database;

    @Inject
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response =
                HealthCheckResponse.named("database:" + database.schema()).withData("migrated", migrator.isMigrated());
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
