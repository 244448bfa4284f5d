package org.tracseq.auth.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * AU-1: at least 12 characters with an upper-case letter, a lower-case letter, a digit and a symbol
 * (anything else that is not a control character, space included); not a common password, also not
 * once the usual decorations are taken off ({@code Sunshine2024!} is {@code sunshine} with a year
 * and a bang, {@code 1qaz2wsx3edc!} is {@code 1qaz2wsx3edc} with a bang, {@code P@ssw0rd} is
 * {@code password}); and not containing the username. The length, 12 to 128 characters (the upper
 * bound keeps one login from costing the server seconds of hashing), is the contract's: every new
 * password in openapi/auth.yaml has {@code minLength}, {@code maxLength} and {@code x-rule: AU-1}.
 */
public final class PasswordPolicy {
    public static final String RULE = "AU-1";
    /** Shorter usernames would refuse too many good passwords by accident. */
    private static final int MIN_USERNAME_TO_CHECK = 3;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The policy with the common-password list shipped with the service: the one every account meets. */
    public static PasswordPolicy shipped() {
        return Shipped.POLICY;
    }

    /** Loads the list on first use, not when a constant of this class is read. */
    private static final class Shipped {
        static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.shipped());
    }

    /**
     * What is wrong with {@code password} for {@code username} (may be null), besides its length;
     * empty when it is acceptable. A missing password is the contract's {@code required}.
     */
    public List<String> problems(String password, String username) {
        Objects.requireNonNull(password, "password");
        List<String> problems = new ArrayList<>();
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("must not contain control characters");
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)) {
            problems.add("must contain an upper-case letter");
        }
        if (password.codePoints().noneMatch(Character::isLowerCase)) {
            problems.add("must contain a lower-case letter");
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            problems.add("must contain a digit");
        }
        if (password.codePoints().noneMatch(PasswordPolicy::isSymbol)) {
            problems.add("must contain a symbol (a character that is neither a letter nor a digit)");
        }
        if (isCommon(password)) {
            problems.add("is too common: it is, or is built on, one of the 10,000 most used passwords");
        }
        if (username != null
                && username.length() >= MIN_USERNAME_TO_CHECK
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the username");
        }
        return problems;
    }

    /**
     * The refusal of {@code errors}, naming AU-1 when every one of them states it: the contract's
     * length errors ({@code x-rule: AU-1}) and this policy's problems, reported as {@code AU-1: ...}.
     */
    public static ValidationProblem refusal(List<FieldError> errors) {
        boolean onlyAu1 = errors.stream().allMatch(error -> error.message().startsWith(RULE + ": "));
        return new ValidationProblem(errors, onlyAu1 ? RULE : null);
    }

    private static boolean isSymbol(int codePoint) {
        return !Character.isLetterOrDigit(codePoint) && !Character.isISOControl(codePoint);
    }

    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String withoutSymbols = strip(lower, Character::isLetterOrDigit);
        String letters = strip(lower, Character::isLetter);
        return common.contains(lower)
                || common.contains(withoutSymbols)
                || !letters.isEmpty() && (common.contains(letters) || common.contains(unLeet(letters)));
    }

    /** Everything before the first and after the last character that {@code keep} accepts removed. */
    private static String strip(String password, IntPredicate keep) {
        int start = 0;
        int end = password.length();
        while (start < end && !keep.test(password.charAt(start))) {
            start++;
        }
        while (end > start && !keep.test(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** The common look-alike substitutions undone: {@code p@ssw0rd} → {@code password}. */
    private static String unLeet(String password) {
        StringBuilder plain = new StringBuilder(password.length());
        for (char c : password.toCharArray()) {
            plain.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return plain.toString();
    }
}
