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

/** AU-1: length, character classes, the common-password list and the username. */
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
                        "must be at least 12 characters",
                        "must contain an upper-case letter",
                        "must contain a digit",
                        "must contain a symbol (a character that is neither a letter nor a digit)");
        assertThat(policy.problems("ALLUPPERCASE12!", null)).containsExactly("must contain a lower-case letter");
        assertThat(policy.problems("NoDigitsHere!!", null)).containsExactly("must contain a digit");
        assertThat(policy.problems("NoSymbolsHere12", null))
                .containsExactly("must contain a symbol (a character that is neither a letter nor a digit)");
    }

    @Test
    void twelveCharactersIsEnoughElevenIsNot() {
        assertThat(policy.problems("Qx7#mLp2vR9w", null)).isEmpty();
        assertThat(policy.problems("Qx7#mLp2vR9", null)).containsExactly("must be at least 12 characters");
    }

    @Test
    void refusesMoreThan128CharactersAndControlCharacters() {
        assertThat(policy.problems("Aa1!" + "x".repeat(125), null)).containsExactly("must be at most 128 characters");
        assertThat(policy.problems("Aa1!xxxxxxxx\u0000", null)).contains("must not contain control characters");
        assertThat(policy.problems(null, null)).containsExactly("is required");
        assertThat(policy.problems("", null)).containsExactly("is required");
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
                        "jsmith", "password", "Jo Smith", "jo@lab.example.org", null, null, Role.GUEST, policy))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.rule()).isEqualTo("AU-1");
                    assertThat(problem.errors()).extracting(FieldError::field).containsOnly("password");
                });
    }

    @Test
    void aNewAccountWithOtherProblemsListsThemAllWithoutClaimingOneRule() {
        assertThatThrownBy(
                        () -> NewAccount.of("x", "password", "", "not-an-email", "d".repeat(201), null, null, policy))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.rule()).isNull();
                    assertThat(problem.errors())
                            .extracting(FieldError::field)
                            .contains("username", "password", "fullName", "email", "department", "role");
                });
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
                policy);
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
