/** JPA (persistence unit "storage"): entities of the storage schema and repositories; the rules that are SQL at heart are native queries here. */
package org.tracseq.storage.persistence;
