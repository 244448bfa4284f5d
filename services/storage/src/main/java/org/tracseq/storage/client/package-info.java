/** The samples service as storage uses it: its generated client under one fault-tolerance policy. */
package org.tracseq.storage.client;
