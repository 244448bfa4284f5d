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

    @Transactional(dontRollbackOn = {ValidationProblem.class, LoginLocked.class})
    public User changePassword(Caller caller, String currentPassword, String newPassword, Origin origin) {
        var errors = ValidationProblem.collector()
                .require(currentPassword, "currentPassword")
                // Longer than any password can be: refused as input, not counted as a failed attempt.
                .check(
                        currentPassword == null || currentPassword.length() <= PasswordPolicy.MAX_LENGTH,
                        "currentPassword",
                        "is longer than any password (" + PasswordPolicy.MAX_LENGTH + " characters)");
        PasswordPolicy.shipped().problems(newPassword, caller.upn()).forEach(p -> errors.add("newPassword", p));
        errors.check(
                newPassword == null || !newPassword.equals(currentPassword),
                "newPassword",
                "must differ from the current password");
        if (!errors.isEmpty()) {
            boolean onlyPolicy =
                    errors.errors().stream().allMatch(e -> e.field().equals("newPassword"));
            throw new ValidationProblem(errors.errors(), onlyPolicy ? PasswordPolicy.RULE : null);
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
