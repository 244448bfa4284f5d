/**
 * The quick start's launcher ({@code ./mvnw -Pup}): it uses the PostgreSQL and Redis that answer
 * at the configured addresses, embeds them where nothing does, and runs the packaged server.
 */
package org.tracseq.quickstart;
