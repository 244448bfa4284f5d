/**
 * The auth service's use cases: transactions, audit events, metrics and revocation publishing
 * around the domain rules and the repositories; its settings groups and producers.
 */
package org.tracseq.auth.service;
