/**
 * The samples service as the other services use it: its generated client under one fault-tolerance
 * policy, and the few facts about a sample they need.
 */
package org.tracseq.platform.samples;
