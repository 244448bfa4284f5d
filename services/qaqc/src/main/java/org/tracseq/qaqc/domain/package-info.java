/** QC rules (QC-1 outcomes, QC-3 verification, QC-4 effective QC) and instrument files as plain Java, tested without a container. */
package org.tracseq.qaqc.domain;
