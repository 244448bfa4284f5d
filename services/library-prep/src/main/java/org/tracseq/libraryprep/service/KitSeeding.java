package org.tracseq.libraryprep.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.tracseq.libraryprep.domain.KitFile;

/**
 * Seeds the kits this service ships ({@code kits/*.csv}, listed in {@code kits/seeded-kits.txt}:
 * Liberty's class loader cannot list a folder) at start, after the schema's migration. A kit whose
 * name is in the catalogue already, in any version, is left alone, so a restart, a second instance or
 * an administrator's own version changes nothing.
 */
@ApplicationScoped
public class KitSeeding {
    private static final Logger LOG = Logger.getLogger(KitSeeding.class.getName());
    private static final String FOLDER = "kits/";

    @Inject
    KitCatalogue catalogue;

    /** After the platform's SchemaMigrator, which observes the same event at the default priority. */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        for (String file : shippedKits()) {
            try {
                if (catalogue.seed(KitFile.parse(read(FOLDER + file)))) {
                    LOG.info(() -> "Seeded kit " + file);
                }
            } catch (RuntimeException e) {
                // A shipped file that breaks LB-4, or another instance that seeded the kit a moment before
                // (the kit's unique name): the service starts all the same, with what it has.
                LOG.warning(() -> "Kit " + file + " was not seeded: " + e.getMessage());
            }
        }
    }

    private static List<String> shippedKits() {
        return read(FOLDER + "seeded-kits.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = KitSeeding.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The WAR lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
