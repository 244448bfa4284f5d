/** Barcodes as values and their rules (BC-1 format and check character, BC-2 claims); plain Java, no container. */
package org.tracseq.barcodes.domain;
