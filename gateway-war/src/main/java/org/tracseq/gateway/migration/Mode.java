package org.tracseq.gateway.migration;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.tracseq.platform.problem.ProblemException;

/**
 * Where a route's traffic goes during a gradual migration: all of it to the extracted service
 * ({@code service}), all of it to the all-in-one server ({@code monolith}), or a share to the
 * service ({@code split:30}) that is sticky per caller, so one user does not bounce between the two.
 *
 * @param percentToService 100 for {@code service}, 0 for {@code monolith}
 */
public record Mode(int percentToService) {
    public static final Mode SERVICE = new Mode(100);
    public static final Mode MONOLITH = new Mode(0);

    public Mode {
        if (percentToService < 0 || percentToService > 100) {
            throw ProblemException.badRequest("percentToService must be between 0 and 100, not " + percentToService);
        }
    }

    /** {@code service}, {@code monolith} or {@code split:<percent to the service>}. */
    public static Mode parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equals("service")) {
            return SERVICE;
        }
        if (value.equals("monolith")) {
            return MONOLITH;
        }
        if (value.startsWith("split:")) {
            try {
                return new Mode(Integer.parseInt(value.substring("split:".length())));
            } catch (NumberFormatException e) {
                // falls through to the refusal
            }
        }
        throw ProblemException.badRequest("A route mode is service, monolith or split:<0-100>, not '" + text + "'");
    }

    /** Whether {@code caller}'s request goes to the service; the same caller always gets the same answer. */
    public boolean toService(String caller) {
        if (percentToService == 100 || percentToService == 0) {
            return percentToService == 100;
        }
        CRC32 crc = new CRC32();
        crc.update((caller == null ? "" : caller).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < percentToService;
    }

    @Override
    public String toString() {
        return percentToService == 100 ? "service" : percentToService == 0 ? "monolith" : "split:" + percentToService;
    }
}
