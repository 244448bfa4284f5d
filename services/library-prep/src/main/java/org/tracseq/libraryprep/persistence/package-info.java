/** JPA entities and repositories of the library_prep schema. */
package org.tracseq.libraryprep.persistence;
