package org.tracseq.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's own database: its datasource (server.xml, {@code jdbc/<service>}) and schema.
 * The schema is the service name with dashes turned into underscores ({@code library-prep} →
 * {@code library_prep}), matching the datasource's {@code currentSchema}.
 */
@ApplicationScoped
public class ServiceDatabase {
    /** Provisioning only: the administrator on the {@code postgres} maintenance database, to create ours. */
    static final String MAINTENANCE_DATASOURCE = "jdbc/tracseqMaintenance";
    /** Provisioning only: the administrator on our database, to create a service's role and schema. */
    static final String ADMIN_DATASOURCE = "jdbc/tracseqAdmin";

    @Inject
    @ConfigProperty(name = "tracseq.service.name")
    String serviceName;

    /** Defaults to {@code jdbc/<service>}; only a service with an unusual datasource names it. */
    @Inject
    @ConfigProperty(name = "tracseq.datasource")
    Optional<String> dataSourceName;

    /** The service's name ({@code tracseq.service.name}), as in its context root and contract. */
    public String serviceName() {
        return serviceName;
    }

    public String schema() {
        return serviceName.replace('-', '_');
    }

    public DataSource dataSource() {
        return lookup(dataSourceName.orElse("jdbc/" + serviceName))
                .orElseThrow(() -> new IllegalStateException("No datasource for service " + serviceName));
    }

    DataSource provisioningDataSource(String jndiName) {
        return lookup(jndiName)
                .orElseThrow(() -> new IllegalStateException(
                        "Provisioning is on (tracseq.db.provision) but the server has no " + jndiName));
    }

    private static Optional<DataSource> lookup(String jndiName) {
        try {
            return Optional.of((DataSource) new InitialContext().lookup(jndiName));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
