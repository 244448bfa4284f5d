package org.tracseq.platform.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The one shape every service has (docs/adding-a-service.md), as rules the build checks. A
 * service's {@code ArchitectureTest} runs them all over its own classes:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.tracseq.samples", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest static final ArchTests shape = ArchTests.in(ServiceArchitecture.class);
 * }
 * </pre>
 *
 * A rule that finds nothing to check passes (the gateway has no domain package, say).
 */
public final class ServiceArchitecture {
    private ServiceArchitecture() {}

    /** Packages that are not a service of their own: shared code and the generated contracts. */
    private static final Set<String> SHARED = Set.of("platform", "contract");

    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that()
            .resideInAPackage("org.tracseq..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta..",
                    "javax.persistence..",
                    "org.eclipse.persistence..",
                    "org.eclipse.microprofile..",
                    "org.tracseq.contract..",
                    "org.tracseq..api..",
                    "org.tracseq..persistence..")
            .because("rules are plain Java, tested without a container (docs/DESIGN.md §3)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule API_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that()
            .resideInAPackage("org.tracseq..api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.tracseq..persistence..")
            .because("resources map and delegate to the service layer, which owns transactions")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_HAND_ROLLED_JDBC = noClasses()
            .that()
            .resideInAPackage("org.tracseq..")
            .and()
            .resideOutsideOfPackage("org.tracseq.platform..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(DataSource.class, Connection.class, PreparedStatement.class, ResultSet.class)
            .because("services use JPA; SQL-at-heart rules are native queries in their repositories")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule SERVICES_ARE_INDEPENDENT = classes()
            .that()
            .resideInAPackage("org.tracseq..")
            .should(notDependOnAnotherService())
            .because("services talk through contracts and events, never through each other's code")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ROLES_ON_RESOURCES_ONLY = methods()
            .that()
            .areAnnotatedWith(RolesAllowed.class)
            .should()
            .beDeclaredInClassesThat(areResources())
            .because("the platform's Guard honours @RolesAllowed on JAX-RS resources only; elsewhere it guards nothing")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ROLES_ON_RESOURCE_CLASSES_ONLY = classes()
            .that()
            .areAnnotatedWith(RolesAllowed.class)
            .should(beResources())
            .because("the platform's Guard honours @RolesAllowed on JAX-RS resources only; elsewhere it guards nothing")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_METRIC_ANNOTATIONS_ON_METHODS = methods()
            .should()
            .notBeAnnotatedWith(org.eclipse.microprofile.metrics.annotation.Timed.class)
            .andShould()
            .notBeAnnotatedWith(org.eclipse.microprofile.metrics.annotation.Counted.class)
            .because("SmallRye maps them unsafely when the all-in-one server starts its applications side by side "
                    + "(docs/metrics.md, \"Timers\"); time in the method's body instead")
            .allowEmptyShould(true);

    private static DescribedPredicate<JavaClass> areResources() {
        return describe("JAX-RS resources (@Path)", javaClass -> javaClass.isAnnotatedWith(Path.class));
    }

    private static ArchCondition<JavaClass> beResources() {
        return new ArchCondition<>("be JAX-RS resources (@Path)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean resource = javaClass.isAnnotatedWith(Path.class);
                events.add(new SimpleConditionEvent(
                        javaClass, resource, javaClass.getName() + " has @RolesAllowed but no @Path"));
            }
        };
    }

    private static ArchCondition<JavaClass> notDependOnAnotherService() {
        return new ArchCondition<>("not depend on another service's classes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = serviceOf(javaClass);
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String other = serviceOf(dependency.getTargetClass());
                    if (other != null && !other.equals(own) && !SHARED.contains(other)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code samples} for {@code org.tracseq.samples.api.SampleResource}; null outside {@code org.tracseq}. */
    private static String serviceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("org.tracseq.")) {
            return null;
        }
        String rest = name.substring("org.tracseq.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
