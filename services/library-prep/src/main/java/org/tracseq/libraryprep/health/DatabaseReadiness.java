package org.tracseq.libraryprep.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.tracseq.platform.db.DatabaseReadinessCheck;

/** Not ready until the library_prep schema is migrated and its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends DatabaseReadinessCheck {}
