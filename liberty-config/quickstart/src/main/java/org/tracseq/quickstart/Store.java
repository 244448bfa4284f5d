package org.tracseq.quickstart;

/** The stores the server needs, with the settings that point it at them. */
enum Store {
    POSTGRESQL("PostgreSQL", "DB_HOST and DB_PORT"),
    REDIS("Redis", "TRACSEQ_REDIS_URL");

    final String product;
    final String settings;

    Store(String product, String settings) {
        this.product = product;
        this.settings = settings;
    }
}
