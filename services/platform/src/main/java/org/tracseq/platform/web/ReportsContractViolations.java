package org.tracseq.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method: its body is not refused on arrival for breaking the contract's constraints;
 * the method asks {@link ContractConstraints} itself and reports them with its own checks, e.g. a
 * batch that reports every problem of every row at once (SM-4) and creates the valid rows when asked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReportsContractViolations {}
