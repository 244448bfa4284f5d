package org.tracseq.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule catches the fixture service's violation of it (org.tracseq.fixture), and says where. */
class ServiceArchitectureTest {
    private static final JavaClasses FIXTURE =
            new ClassFileImporter().importPackages("org.tracseq.fixture", "org.tracseq.otherfixture");

    @Test
    void domainImportingJaxRsIsCaught() {
        assertCaught(ServiceArchitecture.DOMAIN_IS_PLAIN_JAVA, "LeakyRule", "jakarta.ws.rs.core.Response");
    }

    @Test
    void apiUsingARepositoryIsCaught() {
        assertCaught(ServiceArchitecture.API_DOES_NOT_USE_PERSISTENCE, "ThingResource", "ThingRepository");
    }

    @Test
    void jdbcInAServiceIsCaught() {
        assertCaught(ServiceArchitecture.NO_HAND_ROLLED_JDBC, "ThingRepository", "javax.sql.DataSource");
    }

    @Test
    void reachingIntoAnotherServiceIsCaught() {
        assertCaught(ServiceArchitecture.SERVICES_ARE_INDEPENDENT, "ThingResource", "OtherService");
    }

    @Test
    void rolesAllowedOutsideAResourceIsCaught() {
        assertCaught(ServiceArchitecture.ROLES_ON_RESOURCES_ONLY, "GuardedService.change", "@Path");
        assertCaught(ServiceArchitecture.ROLES_ON_RESOURCE_CLASSES_ONLY, "GuardedService", "no @Path");
    }

    private static void assertCaught(ArchRule rule, String where, String what) {
        assertThatThrownBy(() -> rule.check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }
}
