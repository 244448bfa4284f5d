package org.tracseq.platform.testing;

import jakarta.validation.Validation;
import java.util.List;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.web.ContractConstraints;

/** The contract's constraints outside a server, for unit tests of the lab rules they state. */
public final class ContractChecks {
    private static final ContractConstraints CONSTRAINTS =
            new ContractConstraints(Validation.buildDefaultValidatorFactory().getValidator());

    private ContractChecks() {}

    /** What {@code body} breaks, as a refusal would list it. */
    public static List<FieldError> errors(Object body) {
        return CONSTRAINTS.violations(body).stream()
                .map(ContractConstraints.Broken::error)
                .toList();
    }
}
