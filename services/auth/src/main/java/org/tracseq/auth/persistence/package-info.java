/**
 * JPA entities and repositories of the auth schema (persistence unit auth); the rules that are
 * SQL at heart (row locks, conditional updates, advisory locks) are native queries here.
 */
package org.tracseq.auth.persistence;
