/** Issuing, reserving, looking up and claiming barcodes, one transaction per call. */
package org.tracseq.barcodes.service;
