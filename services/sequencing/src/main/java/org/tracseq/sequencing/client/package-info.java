/** The qaqc service as sequencing asks it: libraries' effective QC (QC-4), under one fault-tolerance policy. */
package org.tracseq.sequencing.client;
