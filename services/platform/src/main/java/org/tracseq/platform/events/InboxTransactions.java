package org.tracseq.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import org.tracseq.platform.db.ServiceDatabase;

/** The transaction an event is applied in: its inbox row and the handler's writes commit together. */
@ApplicationScoped
public class InboxTransactions {
    @Inject
    ServiceDatabase database;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void applyOnce(EventHandler handler, Event event) throws Exception {
        boolean first;
        try (Connection connection = database.dataSource().getConnection()) {
            first = OutboxStore.firstDelivery(connection, handler.group(), event.id());
        }
        if (first) {
            handler.apply(event);
        }
    }
}
