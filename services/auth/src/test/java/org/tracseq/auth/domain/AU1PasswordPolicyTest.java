package org.tracseq.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Role;

/**
 * AU-1: character classes, the common-password list and the username. Its length (12 to 128
 * characters) is the contract's, with {@code x-rule: AU-1}; AdminIT refuses it over the wire.
 */
class AU1PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.shipped());

    @ParameterizedTest
    @ValueSource(
            strings = {"Bench-Centrifuge-Quartz-42!", "Pipette rack 7 orbit", "Zürich-Gel-Ladder-9", "tH3#xq!Lm0pz"})
    void acceptsLongMixedPasswordsNotOnTheList(String password) {
        assertThat(policy.problems(password, "jsmith")).isEmpty();
    }

    @Test
    void namesEveryMissingClassAtOnce() {
        assertThat(policy.problems("short", null))
                .containsExactlyInAnyOrder(
                        "must contain an upper-case letter",
                        "must contain a digit",
                        "must contain a symbol (a character that is neither a letter nor a digit)");
        assertThat(policy.problems("ALLUPPERCASE12!", null)).containsExactly("must contain a lower-case letter");
        assertThat(policy.problems("NoDigitsHere!!", null)).containsExactly("must contain a digit");
        assertThat(policy.problems("NoSymbolsHere12", null))
                .containsExactly("must contain a symbol (a character that is neither a letter nor a digit)");
    }

    @Test
    void refusesControlCharacters() {
        assertThat(policy.problems("Aa1!xxxxxxxx\u0000", null)).containsExactly("must not contain control characters");
    }

    @Test
    void theShippedListHasTenThousandCommonPasswords() {
        CommonPasswords common = CommonPasswords.shipped();
        assertThat(common.size()).isEqualTo(10_000);
        assertThat(common.contains("password")).isTrue();
        assertThat(common.contains("QWERTYUIOP")).isTrue();
        assertThat(common.contains("Bench-Centrifuge-Quartz-42!")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Password123!",
                "P@ssw0rd2024!",
                "!!Sunshine2024#",
                "Qwertyuiop1!",
                "1qaz2wsx3edC!",
                "Iloveyou2024$",
                "Football#1234"
            })
    void refusesCommonPasswordsAlsoWithTheUsualDecorations(String password) {
        assertThat(policy.problems(password, "someone"))
                .contains("is too common: it is, or is built on, one of the 10,000 most used passwords");
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThat(policy.problems("My-JSmith-Key-2024", "jsmith")).containsExactly("must not contain the username");
        assertThat(policy.problems("Ab1!Ab1!Ab1!ab", "ab")).isEmpty();
    }

    @Test
    void aNewAccountWithOnlyAWeakPasswordIsRefusedNamingAU1() {
        assertThatThrownBy(() -> NewAccount.of(
                        "jsmith",
                        "password",
                        "Jo Smith",
                        "jo@lab.example.org",
                        null,
                        null,
                        Role.GUEST,
                        policy,
                        List.of(new FieldError("password", "AU-1: must be at least 12 characters"))))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.rule()).isEqualTo("AU-1");
                    assertThat(problem.errors()).extracting(FieldError::field).containsOnly("password");
                    assertThat(problem.errors())
                            .extracting(FieldError::message)
                            .allMatch(message -> message.startsWith("AU-1: "))
                            .contains(
                                    "AU-1: must be at least 12 characters",
                                    "AU-1: is too common: it is, or is built on, one of the 10,000 most used passwords");
                });
    }

    @Test
    void aNewAccountWithOtherProblemsListsThemAllWithTheContractsWithoutClaimingOneRule() {
        List<FieldError> contract = List.of(
                new FieldError("username", "must match ^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"),
                new FieldError("department", "must be at most 200 characters"),
                new FieldError("role", "is required"));
        assertThatThrownBy(() -> NewAccount.of(
                        "x", "password", " ", "not-an-email", "d".repeat(201), null, null, policy, contract))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.rule()).isNull();
                    assertThat(problem.errors()).containsAll(contract);
                    assertThat(problem.errors())
                            .extracting(FieldError::field)
                            .contains("username", "password", "fullName", "email", "department", "role");
                });
    }

    @Test
    void profileTextsMayNotBeBlankWhereRequiredNorCarryControlCharacters() {
        assertThatThrownBy(() -> NewAccount.of(
                        "jsmith",
                        "Bench-Centrifuge-Quartz-42!",
                        "Jo\tSmith",
                        "jo@lab.example.org",
                        "Genomics\ncore",
                        "\u0007",
                        Role.GUEST,
                        policy,
                        List.of()))
                .isInstanceOfSatisfying(
                        ValidationProblem.class,
                        problem -> assertThat(problem.errors())
                                .extracting(FieldError::field)
                                .containsExactly("fullName", "department", "labAffiliation"));
        assertThatThrownBy(() -> NewAccount.of(
                        "jsmith",
                        "Bench-Centrifuge-Quartz-42!",
                        "   ",
                        "jo@lab.example.org",
                        null,
                        null,
                        Role.GUEST,
                        policy,
                        List.of()))
                .isInstanceOfSatisfying(
                        ValidationProblem.class,
                        problem -> assertThat(problem.errors())
                                .containsExactly(new FieldError("fullName", "must not be blank")));
    }

    @Test
    void aValidAccountIsNormalisedToALowerCaseUsername() {
        NewAccount account = NewAccount.of(
                "JSmith",
                "Bench-Centrifuge-Quartz-42!",
                "Jo Smith",
                "jo@lab.example.org",
                " ",
                "Genomics core",
                Role.LAB_TECHNICIAN,
                policy,
                List.of());
        assertThat(account.username()).isEqualTo("jsmith");
        assertThat(account.department()).isNull();
        assertThat(account.labAffiliation()).isEqualTo("Genomics core");
    }

    @Test
    void emailsAreCheckedForShape() {
        for (String good : List.of("jo@lab.example.org", "o'brien+seq@uni-x.ac.uk", "a.b@c.de")) {
            assertThat(AccountRules.isEmail(good)).as(good).isTrue();
        }
        for (String bad : List.of(
                "plain",
                "a@b",
                "a@@b.org",
                "a b@c.org",
                "<script>@x.org",
                "a@-x.org",
                "a@x..org",
                ".a@x.org",
                "x' OR '1'='1@x.org",
                "a@x.org\n",
                "x".repeat(65) + "@x.org")) {
            assertThat(AccountRules.isEmail(bad)).as(bad).isFalse();
        }
    }
}
