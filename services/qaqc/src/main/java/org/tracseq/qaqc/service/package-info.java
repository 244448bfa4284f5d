/** QC use cases, one transaction each: definitions, results and verifications, imports, summaries, and the projections fed by events. */
package org.tracseq.qaqc.service;
