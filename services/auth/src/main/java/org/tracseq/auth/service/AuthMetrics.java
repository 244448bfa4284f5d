package org.tracseq.auth.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tracseq.platform.persistence.Transactions;

/**
 * The auth service's counters, in the application registry under absolute names
 * ({@code /metrics?scope=application}). A count made inside a transaction is added when it commits,
 * so the figures match what the database and the audit log (AU-4) kept.
 */
@ApplicationScoped
public class AuthMetrics {
    public static final String LOGINS = "tracseq_auth_logins";
    public static final String LOGIN_FAILURES = "tracseq_auth_login_failures";
    public static final String LOCKOUTS = "tracseq_auth_lockouts";
    public static final String TOKENS_ISSUED = "tracseq_auth_tokens_issued";

    @Inject
    MetricRegistry registry;

    @Inject
    Transactions transactions;

    private Counter logins;
    private Counter loginFailures;
    private Counter lockouts;
    private Counter tokensIssued;

    @PostConstruct
    void register() {
        logins = counter(LOGINS, "Successful logins with username and password (each opens a session)");
        loginFailures = counter(
                LOGIN_FAILURES,
                "Failed password checks counted towards AU-2: logins and password changes with an unknown "
                        + "username, a wrong password or a disabled account (audit event login_failed)");
        lockouts = counter(LOCKOUTS, "Login names locked by AU-2 after too many failures in a row");
        tokensIssued = counter(
                TOKENS_ISSUED, "Access tokens signed: at login, at every refresh and for every API-key exchange");
    }

    public void loginSucceeded() {
        countAtCommit(logins);
    }

    public void loginFailed() {
        countAtCommit(loginFailures);
    }

    public void nameLocked() {
        countAtCommit(lockouts);
    }

    public void tokenIssued() {
        countAtCommit(tokensIssued);
    }

    private Counter counter(String name, String description) {
        return registry.counter(
                Metadata.builder().withName(name).withDescription(description).build());
    }

    private void countAtCommit(Counter counter) {
        transactions.afterCommit(counter::inc);
    }
}
