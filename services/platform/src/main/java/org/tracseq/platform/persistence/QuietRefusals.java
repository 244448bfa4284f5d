package org.tracseq.platform.persistence;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal ({@code ProblemException}) leaving a {@code @Transactional} method rolls the transaction
 * back without an FFDC incident: Liberty's transaction manager writes one for every runtime exception
 * that rolls a transaction back, which for an ordinary 4xx only fills the disk and hides real
 * failures. {@link QuietRefusalsExtension} puts this binding wherever {@code @Transactional} is, so no
 * service has to; {@link RefusalWrapping} and {@link RefusalUnwrapping} do the work.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface QuietRefusals {
    final class Literal extends AnnotationLiteral<QuietRefusals> implements QuietRefusals {
        static final Literal INSTANCE = new Literal();
    }
}
