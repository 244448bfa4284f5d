/** The storage rules ST-1 to ST-9 as plain Java: hierarchy, geometry, zones, handling, capacity, sensors. */
package org.tracseq.storage.domain;
