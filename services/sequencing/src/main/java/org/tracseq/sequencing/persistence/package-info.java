/** The sequencing schema through JPA native queries: instruments, the library projection, pools, runs, sheets and imports. */
package org.tracseq.sequencing.persistence;
