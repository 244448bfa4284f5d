/** The samples service as library-prep uses it: reads, and the derived child that records a library's input. */
package org.tracseq.libraryprep.client;
