package org.tracseq.quickstart;

import java.util.Locale;
import java.util.Map;

/** Whether the quick start may start embedded stores: {@code TRACSEQ_EMBEDDED}, {@code auto} (the default) or {@code never}. */
enum Embedding {
    AUTO,
    NEVER;

    static Embedding from(Map<String, String> env) {
        String value = env.getOrDefault("TRACSEQ_EMBEDDED", "auto");
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "TRACSEQ_EMBEDDED is '" + value + "': auto (embedded stores where nothing answers) or never", e);
        }
    }
}
