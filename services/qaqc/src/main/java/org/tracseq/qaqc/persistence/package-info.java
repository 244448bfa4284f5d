/** The qaqc schema through JPA: definitions, results, verifications, imports and the event-fed projections of samples and libraries. */
package org.tracseq.qaqc.persistence;
