package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.PasswordPolicy;
import org.tracseq.auth.domain.User;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * The caller's own password. The current password is checked like a login (AU-2): a wrong one
 * counts towards the lockout of the username, so a stolen access token cannot be used to guess it.
 */
@ApplicationScoped
public class AccountService {
    @Inject
    PasswordChecks checks;

    @Inject
    UserService users;

    /**
     * Changes the caller's password; {@code contractErrors} are the contract's constraints the
     * request breaks, refused together with AU-1's other checks before the current password is
     * checked: input no password can be (missing, longer than any) is not a failed attempt.
     */
    @Transactional(dontRollbackOn = {ValidationProblem.class, LoginLocked.class})
    public User changePassword(
            Caller caller, String currentPassword, String newPassword, List<FieldError> contractErrors, Origin origin) {
        var errors = ValidationProblem.collector();
        contractErrors.forEach(error -> errors.add(error.field(), error.message()));
        if (newPassword != null) {
            PasswordPolicy.shipped()
                    .problems(newPassword, caller.upn())
                    .forEach(problem -> errors.add("newPassword", PasswordPolicy.RULE + ": " + problem));
            errors.check(!newPassword.equals(currentPassword), "newPassword", "must differ from the current password");
        }
        if (!errors.isEmpty()) {
            throw PasswordPolicy.refusal(errors.errors());
        }
        PasswordChecks.Result check = checks.check(caller.upn(), currentPassword, "password change", origin);
        if (check.locked()) {
            throw new LoginLocked(check.lockedForSeconds());
        }
        if (!check.passed()) {
            throw new ValidationProblem(List.of(new FieldError("currentPassword", "is not your current password")));
        }
        return users.replacePassword(caller, newPassword, origin);
    }
}
