package org.tracseq.auth.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * What the contract cannot say about account fields. Their alphabets and lengths are the contract's
 * (openapi/auth.yaml: usernames and service principal names are identifiers, a closed alphabet, so
 * nothing in them can be markup or SQL); here usernames are case-insensitive, an email has a
 * practical shape, and profile texts are free text without control characters, stored and returned
 * exactly as given.
 */
public final class AccountRules {
    /**
     * A practical subset of RFC 5321 addresses: a dot-atom local part and a domain of at least two
     * DNS labels. Quoted local parts and address literals are refused; nobody in a lab uses them.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** RFC 5321's limit of the part before the '@' (the whole address's is the contract's). */
    private static final int MAX_LOCAL_PART = 64;

    private AccountRules() {}

    /** Usernames are case-insensitive: stored, compared and put in tokens in lower case. */
    public static String normalizeName(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code email} has the shape of an address (its length is the contract's). */
    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email).matches() && email.indexOf('@') <= MAX_LOCAL_PART;
    }

    /** An email, when given (the contract says whether it must be), must have the shape of one. */
    public static void checkEmail(ValidationProblem.Collector errors, String field, String email) {
        if (email != null && !isEmail(email)) {
            errors.add(field, "must be an email address such as name@lab.example.org");
        }
    }

    /**
     * Free text, when given (the contract says whether it must be and how long it may be): not only
     * white space where {@code required}, no control characters (line breaks and tabs only where
     * {@code multiLine}).
     */
    public static void checkText(
            ValidationProblem.Collector errors, String field, String value, boolean required, boolean multiLine) {
        if (value == null) {
            return;
        }
        if (required && !value.isEmpty() && value.isBlank()) {
            errors.add(field, "must not be blank");
        } else if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiLine && isLineBreakOrTab(c)))) {
            errors.add(
                    field,
                    multiLine ? "must not contain control characters" : "must be one line without control characters");
        }
    }

    private static boolean isLineBreakOrTab(int c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
