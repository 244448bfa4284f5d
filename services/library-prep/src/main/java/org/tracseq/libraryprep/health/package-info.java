/** Readiness: the library_prep schema is migrated and answering. */
package org.tracseq.libraryprep.health;
