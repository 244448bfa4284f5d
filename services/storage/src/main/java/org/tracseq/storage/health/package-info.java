/** Readiness: the storage schema is migrated and its database answers. */
package org.tracseq.storage.health;
