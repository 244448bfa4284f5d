package org.tracseq.libraryprep.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tracseq.libraryprep.domain.Protocol;

/** The library-prep protocols. */
@ApplicationScoped
public class ProtocolRepository {
    @PersistenceContext(unitName = "library-prep")
    EntityManager em;

    public List<Protocol> all() {
        return em
                .createQuery("SELECT p FROM ProtocolEntity p ORDER BY p.name", ProtocolEntity.class)
                .getResultList()
                .stream()
                .map(ProtocolEntity::toProtocol)
                .toList();
    }

    public Optional<Protocol> find(String code) {
        return Optional.ofNullable(em.find(ProtocolEntity.class, code)).map(ProtocolEntity::toProtocol);
    }
}
