package org.tracseq.auth.domain;

import java.util.List;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Role;

/** A checked request for a new user account: every field valid, the username normalised, AU-1 met. */
public record NewAccount(
        String username,
        String password,
        String fullName,
        String email,
        String department,
        String labAffiliation,
        Role role) {

    /**
     * Checks what the contract cannot say (AU-1 but for the length, the email's shape, blank and
     * control characters) and refuses the account with these problems and {@code contractErrors},
     * the contract's constraints the same request breaks, all at once; the problem names AU-1 when
     * every problem is one of AU-1's.
     */
    public static NewAccount of(
            String username,
            String password,
            String fullName,
            String email,
            String department,
            String labAffiliation,
            Role role,
            PasswordPolicy policy,
            List<FieldError> contractErrors) {
        String name = AccountRules.normalizeName(username);
        var errors = ValidationProblem.collector();
        contractErrors.forEach(error -> errors.add(error.field(), error.message()));
        if (password != null) {
            policy.problems(password, name)
                    .forEach(problem -> errors.add("password", PasswordPolicy.RULE + ": " + problem));
        }
        AccountRules.checkText(errors, "fullName", fullName, true, false);
        AccountRules.checkEmail(errors, "email", email);
        AccountRules.checkText(errors, "department", department, false, false);
        AccountRules.checkText(errors, "labAffiliation", labAffiliation, false, false);
        if (!errors.isEmpty()) {
            throw PasswordPolicy.refusal(errors.errors());
        }
        return new NewAccount(
                name, password, fullName, email, blankToNull(department), blankToNull(labAffiliation), role);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
