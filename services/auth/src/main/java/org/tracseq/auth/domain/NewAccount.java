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
     * Checks every field at once and names each problem; the problem carries rule AU-1 when the
     * password is all that is wrong.
     */
    public static NewAccount of(
            String username,
            String password,
            String fullName,
            String email,
            String department,
            String labAffiliation,
            Role role,
            PasswordPolicy policy) {
        String name = AccountRules.normalizeName(username);
        var errors = ValidationProblem.collector();
        AccountRules.checkName(errors, "username", name);
        policy.problems(password, name).forEach(problem -> errors.add("password", problem));
        AccountRules.checkText(errors, "fullName", fullName, true, AccountRules.MAX_TEXT, false);
        AccountRules.checkEmail(errors, "email", email);
        AccountRules.checkText(errors, "department", department, false, AccountRules.MAX_TEXT, false);
        AccountRules.checkText(errors, "labAffiliation", labAffiliation, false, AccountRules.MAX_TEXT, false);
        errors.require(role, "role");
        if (!errors.isEmpty()) {
            List<FieldError> found = errors.errors();
            boolean onlyPassword =
                    found.stream().allMatch(error -> error.field().equals("password"));
            throw new ValidationProblem(found, onlyPassword ? PasswordPolicy.RULE : null);
        }
        return new NewAccount(
                name, password, fullName, email, blankToNull(department), blankToNull(labAffiliation), role);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
