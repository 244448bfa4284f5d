/** Calls to other services (barcodes, storage) through generated REST clients, each with its fault-tolerance policy and settings. */
package org.tracseq.samples.client;
