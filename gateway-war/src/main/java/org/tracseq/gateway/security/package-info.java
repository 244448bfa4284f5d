/** Who may pass: the paths open without a token, CORS for browser front ends, the revocation list. */
package org.tracseq.gateway.security;
