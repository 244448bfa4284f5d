/** Rate limits per caller and route class, shared by every gateway through one Redis call (GCRA). */
package org.tracseq.gateway.ratelimit;
