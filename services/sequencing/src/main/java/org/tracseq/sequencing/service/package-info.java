/** Sequencing use cases, one transaction each: instruments, the library projection, pools, runs, sheets and imports. */
package org.tracseq.sequencing.service;
