/** Drawing barcodes (BC-3): Code 128, DataMatrix and QR symbols as PNG or SVG, and ZPL tube labels. */
package org.tracseq.barcodes.render;
