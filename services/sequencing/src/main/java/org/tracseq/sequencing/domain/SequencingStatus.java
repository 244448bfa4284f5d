package org.tracseq.sequencing.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SQ-STATUS of a sequencing job or run: {@code draft → submitted → validated → queued → running →
 * completed | failed}, {@code cancelled} from any non-terminal state, {@code on_hold ⇄ queued}, and
 * {@code failed → queued} to retry. Terminal means nothing follows: {@code completed} and
 * {@code cancelled}; a failed run may still be retried, or given up by cancelling it.
 */
public enum SequencingStatus {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    QUEUED,
    ON_HOLD,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    private static final Map<SequencingStatus, Set<SequencingStatus>> NEXT = new EnumMap<>(SequencingStatus.class);

    static {
        allow(DRAFT, SUBMITTED, CANCELLED);
        allow(SUBMITTED, VALIDATED, CANCELLED);
        allow(VALIDATED, QUEUED, CANCELLED);
        allow(QUEUED, RUNNING, ON_HOLD, CANCELLED);
        allow(ON_HOLD, QUEUED, CANCELLED);
        allow(RUNNING, COMPLETED, FAILED, CANCELLED);
        allow(FAILED, QUEUED, CANCELLED);
        allow(COMPLETED);
        allow(CANCELLED);
    }

    private static void allow(SequencingStatus from, SequencingStatus... to) {
        Set<SequencingStatus> next = EnumSet.noneOf(SequencingStatus.class);
        Collections.addAll(next, to);
        NEXT.put(from, Collections.unmodifiableSet(next));
    }

    public static SequencingStatus initial() {
        return DRAFT;
    }

    /** The statuses this one may move to; never itself. */
    public Set<SequencingStatus> next() {
        return NEXT.get(this);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }

    /** The status after the move, or a 409 naming SQ-STATUS and what may come next instead. */
    public SequencingStatus moveTo(SequencingStatus target) {
        if (next().contains(target)) {
            return target;
        }
        String choices = isTerminal()
                ? "it is " + wireName() + ", which is final"
                : "from " + wireName() + " it may become "
                        + next().stream().map(SequencingStatus::wireName).collect(Collectors.joining(", "));
        throw RuleViolation.conflict(
                "SQ-STATUS", "A run cannot go from " + wireName() + " to " + target.wireName() + "; " + choices);
    }

    /** {@code on_hold}: the contract's spelling. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SequencingStatus fromWire(String value) {
        for (SequencingStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw RuleViolation.unprocessable(
                "SQ-STATUS",
                "'" + value + "' is not a run status; one of "
                        + EnumSet.allOf(SequencingStatus.class).stream()
                                .map(SequencingStatus::wireName)
                                .collect(Collectors.joining(", ")));
    }
}
