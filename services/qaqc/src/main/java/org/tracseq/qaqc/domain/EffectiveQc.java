package org.tracseq.qaqc.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * QC-4. Only each metric's latest result of a subject counts (a re-measurement replaces the one
 * before it). A subject has {@code fail} when any of them failed ({@code fail} or {@code panic},
 * verified or not: a failure needs no second opinion to stop work), {@code pass} when it has at
 * least one and all passed ({@code pass} or {@code warn}) with all their verifications, and is
 * {@code pending} otherwise. A library's effective QC adds its source sample: {@code fail} when
 * either failed, {@code pass} only when both pass.
 */
public final class EffectiveQc {
    private EffectiveQc() {}

    public static Standing ofSubject(String subject, List<CurrentResult> current) {
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        judge(subject, current, failed, waiting);
        return standing(failed, waiting);
    }

    public static Standing ofLibrary(List<CurrentResult> sample, List<CurrentResult> library) {
        List<String> failed = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        judge("source sample", sample, failed, waiting);
        judge("library", library, failed, waiting);
        return standing(failed, waiting);
    }

    private static void judge(String subject, List<CurrentResult> current, List<String> failed, List<String> waiting) {
        if (current.isEmpty()) {
            waiting.add(subject + ": no QC result yet");
        }
        for (CurrentResult result : current) {
            String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
            if (result.outcome().failed()) {
                failed.add(subject + ": " + result.metric() + " " + outcome);
            } else if (!result.verified()) {
                waiting.add(subject + ": " + result.metric() + " " + outcome + ", not yet verified");
            }
        }
    }

    private static Standing standing(List<String> failed, List<String> waiting) {
        if (!failed.isEmpty()) {
            return new Standing(Standing.Verdict.FAIL, failed);
        }
        return waiting.isEmpty()
                ? new Standing(Standing.Verdict.PASS, List.of())
                : new Standing(Standing.Verdict.PENDING, waiting);
    }
}
