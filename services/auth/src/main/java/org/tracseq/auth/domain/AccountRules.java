package org.tracseq.auth.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * The shape of account fields. Usernames and service principal names are identifiers (a closed
 * alphabet, so nothing in them can be markup or SQL); profile texts are free text of bounded length
 * without control characters, stored and returned exactly as given.
 */
public final class AccountRules {
    public static final int MAX_NAME = 64;
    public static final int MAX_TEXT = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_REASON = 1000;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /**
     * A practical subset of RFC 5321 addresses: a dot-atom local part and a domain of at least two
     * DNS labels. Quoted local parts and address literals are refused; nobody in a lab uses them.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private static final int MAX_LOCAL_PART = 64;

    private AccountRules() {}

    /** Usernames are case-insensitive: stored, compared and put in tokens in lower case. */
    public static String normalizeName(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    public static void checkName(ValidationProblem.Collector errors, String field, String normalizedName) {
        if (normalizedName == null || normalizedName.isBlank()) {
            errors.add(field, "is required");
        } else if (!USERNAME.matcher(normalizedName).matches()) {
            errors.add(
                    field,
                    "must be 3-" + MAX_NAME + " characters of letters, digits, '.', '_' and '-', "
                            + "starting with a letter or digit");
        }
    }

    public static boolean isEmail(String email) {
        return email != null
                && email.length() <= MAX_EMAIL
                && EMAIL.matcher(email).matches()
                && email.indexOf('@') <= MAX_LOCAL_PART;
    }

    public static void checkEmail(ValidationProblem.Collector errors, String field, String email) {
        if (email == null || email.isBlank()) {
            errors.add(field, "is required");
        } else if (!isEmail(email)) {
            errors.add(
                    field,
                    "must be an email address such as name@lab.example.org (at most " + MAX_EMAIL + " characters)");
        }
    }

    /**
     * Free text: optional unless {@code required}, at most {@code max} characters, no control
     * characters (line breaks and tabs only where {@code multiLine}).
     */
    public static void checkText(
            ValidationProblem.Collector errors,
            String field,
            String value,
            boolean required,
            int max,
            boolean multiLine) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "is required");
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(field, "must be at most " + max + " characters");
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
