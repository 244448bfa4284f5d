package org.tracseq.platform.db;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A module without a database of its own (the gateway) sets {@code tracseq.db.enabled=false}; this
 * removes the platform's database beans (migration, readiness, idempotency store, outbox and relay)
 * from it instead of letting them fail at start-up.
 */
public class DatabaselessServiceExtension implements Extension {
    private static final Set<String> DATABASE_PACKAGES =
            Set.of("org.tracseq.platform.db", "org.tracseq.platform.idempotency", "org.tracseq.platform.events");

    void vetoDatabaseBeans(@Observes ProcessAnnotatedType<?> type) {
        if (DATABASE_PACKAGES.contains(type.getAnnotatedType().getJavaClass().getPackageName()) && !enabled()) {
            type.veto();
        }
    }

    private static boolean enabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue("tracseq.db.enabled", Boolean.class)
                .orElse(true);
    }
}
