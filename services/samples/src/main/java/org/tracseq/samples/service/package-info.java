/** Use cases of the samples service: the steps before a transaction (barcodes) and one transaction per change. */
package org.tracseq.samples.service;
