/**
 * What every service's JPA repositories share: paged queries. Each service keeps its own
 * persistence unit (its datasource, its schema) and repositories in its {@code persistence} package.
 */
package org.tracseq.platform.persistence;
