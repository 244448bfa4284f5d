package org.tracseq.samples.domain;

import java.util.List;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ProblemException;

/** SM-4: an all-or-nothing batch with problems; nothing was created. 422 with every row's problems. */
public class BatchRejected extends ProblemException {

    BatchRejected(int badRows, int rows, List<FieldError> errors) {
        super(422, "rule/" + BatchIntake.RULE, "Rule " + BatchIntake.RULE + " violated",
                badRows + " of " + rows + " rows have problems, so no sample was created; fix the rows listed in "
                        + "errors and send the whole batch again (or send atomic=false to create the valid rows)",
                BatchIntake.RULE, errors);
    }
}
