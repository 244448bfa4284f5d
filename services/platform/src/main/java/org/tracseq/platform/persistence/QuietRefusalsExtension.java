package org.tracseq.platform.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import jakarta.transaction.Transactional;

/** Binds {@link QuietRefusals} to every class and method that is {@code @Transactional}. */
public class QuietRefusalsExtension implements Extension {
    <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        AnnotatedTypeConfigurator<T> configurator = type.configureAnnotatedType();
        if (configurator.getAnnotated().isAnnotationPresent(Transactional.class)) {
            configurator.add(QuietRefusals.Literal.INSTANCE);
        }
        configurator
                .filterMethods(method -> method.isAnnotationPresent(Transactional.class))
                .forEach(method -> method.add(QuietRefusals.Literal.INSTANCE));
    }
}
