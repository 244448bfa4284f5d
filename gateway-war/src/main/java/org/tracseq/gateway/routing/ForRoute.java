package org.tracseq.gateway.routing;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The route a {@link ServiceCalls} bean guards: its breaker and bulkhead belong to that route alone. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface ForRoute {
    /** The route's name, as in {@code tracseq.routes}. */
    String value();

    /** {@code @ForRoute(name)} as a value, to select or add a route's bean. */
    final class Literal extends AnnotationLiteral<ForRoute> implements ForRoute {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static ForRoute of(String route) {
            return new Literal(route);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
