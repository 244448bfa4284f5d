package org.tracseq.platform.web;

import java.util.regex.Pattern;

/** Turns an exception chain into one sentence a client can act on, and never into our internals. */
final class JsonErrors {
    /** A qualified Java name ({@code org.tracseq.Foo}, {@code java.util.X}) or an exception's name. */
    private static final Pattern INTERNAL = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]|Exception\\b");

    private JsonErrors() {}

    /** The root cause's message, or {@code fallback} when it is empty or would reveal code. */
    static String rootMessage(Throwable e, String fallback) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() || INTERNAL.matcher(message).find() ? fallback : message;
    }
}
