package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditFilter;
import org.tracseq.auth.persistence.AuditRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;

/**
 * AU-4. An event is written in the transaction of the change it records: both are kept, or
 * neither is. Events about refusals (a failed login) are written by transactions that commit
 * before the refusal is answered.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    AuditRepository repository;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        repository.insert(new AuditEvent(
                null,
                event.type(),
                clock.instant(),
                event.actor(),
                event.actorId(),
                event.subject(),
                event.subjectId(),
                event.ip(),
                event.requestId(),
                event.oldValue(),
                event.newValue(),
                event.reason(),
                event.detail()));
    }

    /** Newest first; the page and its total from one transaction. */
    @Transactional
    public Page<AuditEvent> page(AuditFilter filter, PageRequest request) {
        return repository.page(filter, request);
    }
}
