/** Use cases of the storage service, each one transaction: placements, handling, hierarchy, sensors, and the configured rules. */
package org.tracseq.storage.service;
