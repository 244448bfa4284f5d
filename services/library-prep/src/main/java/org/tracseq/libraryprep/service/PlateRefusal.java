package org.tracseq.libraryprep.service;

import java.util.List;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ProblemException;

/**
 * A plate refused with every problem of every well ({@code wells[3].i7Name}), each message opening
 * with the rule it breaks; the problem's {@code rule} is set when all of them break the same one.
 */
final class PlateRefusal extends ProblemException {
    PlateRefusal(List<FieldError> errors, String rule) {
        super(
                422,
                rule == null ? "plate-refused" : "rule/" + rule,
                rule == null ? "Plate refused" : "Rule " + rule + " violated",
                errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + " in the plate's wells; nothing was made: correct them and send the plate again",
                rule,
                errors);
    }
}
