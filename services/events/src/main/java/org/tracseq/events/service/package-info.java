/** Storing, querying and following events, webhook subscriptions and their delivery worker, dead letters; transactions start here. */
package org.tracseq.events.service;
