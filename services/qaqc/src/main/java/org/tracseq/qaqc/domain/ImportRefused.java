package org.tracseq.qaqc.domain;

import java.util.List;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ProblemException;

/** An instrument file refused whole (422), with every problem of every row ({@code rows[3].barcode}). */
public class ImportRefused extends ProblemException {
    public ImportRefused(int problems, List<FieldError> errors) {
        super(
                422,
                "import-refused",
                "Instrument file refused",
                "The file has " + problems
                        + " problem(s), listed by row; nothing was recorded. Correct them and import the whole file again",
                null,
                errors);
    }
}
