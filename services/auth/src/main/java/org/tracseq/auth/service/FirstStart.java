package org.tracseq.auth.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.NewAccount;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.PasswordPolicy;
import org.tracseq.auth.domain.Secrets;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.persistence.SetupTokenRepository;
import org.tracseq.auth.persistence.UserRepository;
import org.tracseq.contract.auth.model.UserCreate;
import org.tracseq.platform.db.SchemaMigrator;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.web.ContractConstraints;

/**
 * First start: there is no built-in account or password. While no user exists, the first
 * administrator comes from configuration ({@code TRACSEQ_ADMIN_USERNAME} and
 * {@code TRACSEQ_ADMIN_PASSWORD}; the contract's constraints of a new user and AU-1 apply) or,
 * without it, from {@code POST /setup} with a one-time token printed once in the log at start-up
 * and valid for 24 hours. Once a user exists, both ways are closed for good.
 */
@ApplicationScoped
public class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    static final String INVALID_SETUP_TOKEN =
            "The setup token is invalid, used or expired; restart the service " + "for a new one";

    @Inject
    SchemaMigrator migrator;

    @Inject
    SigningKeys keys;

    @Inject
    UserRepository users;

    @Inject
    SetupTokenRepository setupTokens;

    @Inject
    UserService userService;

    @Inject
    @ConfigProperties
    AuthSettings settings;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ContractConstraints constraints;

    @Inject
    FirstStart self;

    /** After the platform's schema migration, which observes the same event at the default priority. */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        if (!migrator.isMigrated()) {
            LOG.severe("The auth schema is not migrated; no signing key or first administrator was set up");
            return;
        }
        keys.ensureActiveKey();
        self.bootstrap();
    }

    /** Creates the configured administrator, or issues and logs a setup token, while no user exists. */
    @Transactional
    public void bootstrap() {
        users.lockFirstStart();
        if (users.any()) {
            return;
        }
        if (settings.adminUsername().isPresent() && settings.adminPassword().isPresent()) {
            createConfiguredAdministrator();
            return;
        }
        if (settings.adminUsername().isPresent() || settings.adminPassword().isPresent()) {
            LOG.warning("Only one of TRACSEQ_ADMIN_USERNAME and TRACSEQ_ADMIN_PASSWORD is set; both are needed");
        }
        issueSetupToken();
    }

    private void createConfiguredAdministrator() {
        String username = settings.adminUsername().get();
        String password = settings.adminPassword().get();
        // Checked as if created with POST /users: the limits are written once, in the contract.
        UserCreate asRequest = new UserCreate()
                .username(username)
                .password(password)
                .fullName(settings.adminFullName())
                .email(settings.adminEmail())
                .role(org.tracseq.contract.auth.model.Role.LAB_ADMINISTRATOR);
        try {
            NewAccount account = NewAccount.of(
                    username,
                    password,
                    settings.adminFullName(),
                    settings.adminEmail(),
                    null,
                    null,
                    Role.LAB_ADMINISTRATOR,
                    PasswordPolicy.shipped(),
                    constraints.violations(asRequest).stream()
                            .map(ContractConstraints.Broken::error)
                            .toList());
            User admin = userService.insert(
                    account, Actor.SYSTEM, Origin.INTERNAL, AuditEventType.FIRST_ADMINISTRATOR_CREATED);
            LOG.info(() -> "Created the first administrator '" + admin.username() + "' from configuration");
        } catch (ValidationProblem invalid) {
            LOG.severe(() -> "The configured first administrator was not created: " + invalid.errors()
                    + ". Fix TRACSEQ_ADMIN_USERNAME / TRACSEQ_ADMIN_PASSWORD (and TRACSEQ_ADMIN_EMAIL) and restart.");
        }
    }

    private void issueSetupToken() {
        String token = Secrets.generate(Secrets.SETUP_TOKEN);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.setupTokenLifetime());
        setupTokens.insert(Secrets.hash(token), now, expiresAt);
        audit.record(AuditEvent.of(AuditEventType.SETUP_TOKEN_ISSUED, Actor.SYSTEM, Origin.INTERNAL)
                .detail("expires " + expiresAt));
        LOG.log(
                Level.WARNING,
                "\n"
                        + "  TracSeq has no user yet. Create the first administrator before " + expiresAt + " with\n"
                        + "    POST /auth/setup {\"setupToken\": \"" + token
                        + "\", \"username\": ..., \"password\": ...,"
                        + " \"fullName\": ..., \"email\": ...}\n"
                        + "  This token is shown only now. Or set TRACSEQ_ADMIN_USERNAME and TRACSEQ_ADMIN_PASSWORD"
                        + " and restart.");
    }

    /** {@code POST /setup}: the first administrator, for a valid setup token, while no user exists. */
    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public User setup(String token, NewAccount account, Origin origin) {
        users.lockFirstStart();
        if (users.any()) {
            throw ProblemException.conflict("The first administrator exists already; setup is closed");
        }
        if (!setupTokens.use(Secrets.hash(token), clock.instant())) {
            audit.record(AuditEvent.of(AuditEventType.SETUP_REFUSED, Actor.ANONYMOUS, origin)
                    .detail("invalid, used or expired setup token"));
            throw new AuthenticationFailed(INVALID_SETUP_TOKEN);
        }
        return userService.insert(
                account, new Actor("setup-token", null), origin, AuditEventType.FIRST_ADMINISTRATOR_CREATED);
    }
}
