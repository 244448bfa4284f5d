/** The events service's rules as plain Java: type patterns, who sees what, stream resumption, webhook signatures and back-off. */
package org.tracseq.events.domain;
