/** JPA entities and the repository of the barcodes schema; the BC-2 statements are native SQL inside it. */
package org.tracseq.barcodes.persistence;
