package org.tracseq.platform.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A deployed server (provisioning off) starts only with its database password, or told it needs none. */
class DeployedPasswordTest {
    @Test
    void anEmptyPasswordIsRefusedNamingTheVariableThatSetsIt() {
        assertThatThrownBy(() -> SchemaMigrator.requirePassword("library_prep", "", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DB_LIBRARY_PREP_PASSWORD")
                .hasMessageContaining("TRACSEQ_DB_PASSWORDLESS=true");
    }

    @Test
    void aPasswordOrPasswordlessAuthenticationIsAccepted() {
        assertThatCode(() -> SchemaMigrator.requirePassword("samples", "s3cret", false))
                .doesNotThrowAnyException();
        assertThatCode(() -> SchemaMigrator.requirePassword("samples", "", true))
                .doesNotThrowAnyException();
    }
}
