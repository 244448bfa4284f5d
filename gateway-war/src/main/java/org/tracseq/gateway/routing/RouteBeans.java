package org.tracseq.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives every route in {@code tracseq.routes} a {@link ServiceCalls} bean of its own, qualified
 * {@link ForRoute @ForRoute(name)}, unless the route is declared in a line of its own
 * ({@code org.tracseq.gateway.routes}). Liberty keeps breaker and bulkhead state per bean, so a
 * route added by configuration alone never shares a breaker with another. The route names are read
 * when the application starts, before any bean exists, hence from {@code ConfigProvider} directly.
 * Registered in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class RouteBeans implements Extension {
    private final Set<String> declared = new HashSet<>();

    void declared(@Observes @WithAnnotations(ForRoute.class) ProcessAnnotatedType<? extends ServiceCalls> type) {
        ForRoute route = type.getAnnotatedType().getAnnotation(ForRoute.class);
        if (route != null) {
            declared.add(route.value());
        }
    }

    void oneBeanPerRoute(@Observes AfterTypeDiscovery discovery) {
        List<String> routes = ConfigProvider.getConfig(RouteBeans.class.getClassLoader())
                .getOptionalValues(RouteTable.ROUTES, String.class)
                .orElse(List.of());
        for (String route : new LinkedHashSet<>(routes)) {
            if (!declared.contains(route)) {
                discovery
                        .addAnnotatedType(ServiceCalls.class, ServiceCalls.class.getName() + "#" + route)
                        .add(ApplicationScoped.Literal.INSTANCE)
                        .add(ForRoute.Literal.of(route));
            }
        }
    }
}
