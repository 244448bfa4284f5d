package org.tracseq.platform.web;

/** Turns a parser's exception chain into one sentence a client can act on. */
final class JsonErrors {
    private JsonErrors() {}

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
