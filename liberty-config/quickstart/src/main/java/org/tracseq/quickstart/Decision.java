package org.tracseq.quickstart;

/** What the quick start does about one store. */
sealed interface Decision {
    /** Something answers at the configured address: the server uses it, as it would without the quick start. */
    record UseRunning(Store store, Address address) implements Decision {}

    /** Nothing answers at a loopback address: an embedded store is started there. */
    record Embed(Store store, Address address) implements Decision {}

    /** Nothing answers and none may be started: the launcher stops before the server starts. */
    record Refuse(Store store, String reason) implements Decision {}

    /**
     * @param answers   whether something accepts connections at {@code address}
     * @param embedding whether embedded stores are allowed ({@code TRACSEQ_EMBEDDED})
     * @param root      whether the launcher runs as root, which PostgreSQL refuses
     */
    static Decision decide(Store store, Address address, boolean answers, Embedding embedding, boolean root) {
        if (answers) {
            return new UseRunning(store, address);
        }
        if (embedding == Embedding.NEVER) {
            return new Refuse(
                    store,
                    "nothing answers at " + address + " and TRACSEQ_EMBEDDED=never: start " + store.product
                            + " there, or unset TRACSEQ_EMBEDDED to have an embedded one started");
        }
        if (!address.isLoopback()) {
            return new Refuse(
                    store,
                    "nothing answers at " + address + ", which is not this machine: start " + store.product
                            + " there or correct " + store.settings
                            + " (an embedded one is only started on this machine's loopback address)");
        }
        if (store == Store.POSTGRESQL && root) {
            return new Refuse(
                    store,
                    "nothing answers at " + address + ", and the embedded PostgreSQL cannot run as root"
                            + " (PostgreSQL refuses it): start the quick start as an ordinary user, or start"
                            + " a PostgreSQL at " + address + " (or set DB_HOST and DB_PORT to one)");
        }
        return new Embed(store, address);
    }
}
