/** JPA entities and repositories of the samples schema; lineage rules that are SQL at heart are native queries. */
package org.tracseq.samples.persistence;
