/**
 * The account and token rules as plain Java (AU-1 passwords, AU-2 lockout, AU-3 rotation, AU-4
 * audit events): no container, no database, covered by unit tests.
 */
package org.tracseq.auth.domain;
