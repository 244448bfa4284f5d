/**
 * The TracSeq Java SDK: {@link org.tracseq.client.TracSeqClient} is the entry point. The typed APIs
 * ({@code org.tracseq.client.api}) and models ({@code org.tracseq.client.model}) are generated from
 * the gateway's public document; this package adds login, token renewal and typed problems.
 */
package org.tracseq.client;
