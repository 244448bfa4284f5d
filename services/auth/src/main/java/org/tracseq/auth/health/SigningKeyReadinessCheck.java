package org.tracseq.auth.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tracseq.auth.service.SigningKeys;
import org.tracseq.auth.token.SigningKey;

/**
 * The auth service can serve logins only with an active signing key (created at the first start,
 * replaced by rotation). Next to the platform's database check, which says the schema is there.
 */
@Readiness
@ApplicationScoped
public class SigningKeyReadinessCheck implements HealthCheck {
    @Inject
    SigningKeys keys;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("signing-key");
        try {
            return keys.ring()
                    .active()
                    .map(SigningKey::kid)
                    .map(kid -> response.withData("kid", kid).up())
                    .orElseGet(() ->
                            response.withData("reason", "no active signing key").down())
                    .build();
        } catch (RuntimeException e) {
            return response.withData("reason", "signing keys cannot be read: " + e.getMessage())
                    .down()
                    .build();
        }
    }
}
