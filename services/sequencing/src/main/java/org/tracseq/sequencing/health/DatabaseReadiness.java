package org.tracseq.sequencing.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;
import org.tracseq.platform.db.DatabaseReadinessCheck;

/** Not ready until the sequencing schema is migrated and its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends DatabaseReadinessCheck {}
