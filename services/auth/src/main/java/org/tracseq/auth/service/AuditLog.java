package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.Page;
import org.tracseq.auth.persistence.AuditRepository;

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
    AuthSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        repository.insert(new AuditEvent(
                null,
                event.type(),
                settings.clock().instant(),
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

    @Transactional
    public Page<AuditEvent> page(AuditRepository.Filter filter, int page, int size) {
        return repository.page(filter, page, size);
    }
}
