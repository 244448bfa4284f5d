package org.tracseq.libraryprep.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tracseq.libraryprep.domain.IndexCatalogue;
import org.tracseq.libraryprep.domain.IndexEntry;
import org.tracseq.libraryprep.domain.Indexing;
import org.tracseq.libraryprep.domain.KitDefinition;
import org.tracseq.libraryprep.domain.KitFile;
import org.tracseq.libraryprep.domain.PlateLayout;
import org.tracseq.libraryprep.domain.WireValue;
import org.tracseq.libraryprep.persistence.KitEntity;
import org.tracseq.libraryprep.persistence.KitRepository;
import org.tracseq.libraryprep.persistence.LibraryRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;

/**
 * The index catalogue (LB-4): kits imported from their CSV, corrected while unused, superseded by a
 * new version once in use (the old one stays readable, never used for new libraries), exported as
 * CSV. Every change is audited and published.
 */
@ApplicationScoped
public class KitCatalogue {
    @Inject
    KitRepository kits;

    @Inject
    LibraryRepository libraries;

    @Inject
    LibraryEvents events;

    /** A new kit, version 1; refused while a current kit of that name exists. */
    @Transactional
    public KitView importKit(String csv, String actor) {
        KitDefinition definition = KitFile.parse(csv);
        kits.current(definition.name()).ifPresent(existing -> {
            throw RuleViolation.conflict(
                    IndexCatalogue.RULE,
                    "Kit " + definition.name() + " exists (version " + existing.version()
                            + "); supersede it with a new version, or correct it while no library uses it");
        });
        return add(definition, kits.latestVersion(definition.name()) + 1, actor, "imported");
    }

    /** The kit's contents replaced by the corrected file; only while no library uses it and it is current. */
    @Transactional
    public KitView correct(UUID kitId, String csv, String actor) {
        KitDefinition definition = KitFile.parse(csv);
        KitEntity kit = kits.lock(kitId).orElseThrow(() -> ProblemException.notFound("Kit", kitId));
        refuseIfSuperseded(kit);
        if (kits.inUse(kitId)) {
            throw RuleViolation.conflict(
                    IndexCatalogue.RULE,
                    "Kit " + KitView.label(kit.name(), kit.version())
                            + " is in use by libraries and cannot change; supersede it with a new version");
        }
        if (!definition.name().equals(kit.name())) {
            throw RuleViolation.unprocessable(
                    IndexCatalogue.RULE,
                    "The file is for kit " + definition.name() + ", not " + kit.name()
                            + "; a correction keeps the kit's name (import a new kit instead)");
        }
        kit.correct(
                WireValue.of(definition.indexing()),
                definition.adapter(),
                WireValue.of(definition.layout()),
                definition.source());
        kits.replaceIndexes(kitId, definition.indexes());
        OffsetDateTime now = now();
        libraries.audit(now, actor, "kit", kitId, "corrected", indexSummary(definition));
        events.kitImported(kitId, definition, kit.version(), actor);
        return view(kit, definition, false);
    }

    /** A new version of the kit from the file; this one is marked superseded by it. */
    @Transactional
    public KitView supersede(UUID kitId, String csv, String actor) {
        KitDefinition definition = KitFile.parse(csv);
        KitEntity old = kits.lock(kitId).orElseThrow(() -> ProblemException.notFound("Kit", kitId));
        refuseIfSuperseded(old);
        if (!definition.name().equals(old.name())) {
            throw RuleViolation.unprocessable(
                    IndexCatalogue.RULE,
                    "The file is for kit " + definition.name() + ", not " + old.name()
                            + "; a new version keeps the kit's name (import a new kit instead)");
        }
        UUID newId = UUID.randomUUID();
        old.supersede(newId);
        kits.flush();
        libraries.audit(now(), actor, "kit", kitId, "superseded", "by version " + (old.version() + 1));
        events.kitSuperseded(kitId, old.name(), old.version(), newId, actor);
        return add(definition, newId, old.version() + 1, actor, "superseded version " + old.version());
    }

    /** Seeds a shipped kit unless a kit of its name exists (any version): starting again changes nothing. */
    @Transactional
    public boolean seed(KitDefinition definition) {
        if (kits.latestVersion(definition.name()) > 0) {
            return false;
        }
        add(definition, 1, "library-prep", "seeded");
        return true;
    }

    public KitView get(UUID kitId) {
        KitEntity kit = kits.find(kitId).orElseThrow(() -> ProblemException.notFound("Kit", kitId));
        return view(kit, definition(kit, kits.indexes(kitId)), kits.inUse(kitId));
    }

    /** The kit as the current one new libraries may use (LB-4). */
    public KitView usable(UUID kitId) {
        KitView kit = get(kitId);
        if (!kit.current()) {
            throw RuleViolation.conflict(
                    IndexCatalogue.RULE,
                    "Kit " + kit.label() + " was superseded; new libraries use its current version ("
                            + kit.supersededBy() + ")");
        }
        return kit;
    }

    public String export(UUID kitId) {
        return KitFile.write(get(kitId).definition());
    }

    public Page<KitView> page(boolean includeSuperseded, PageRequest request) {
        Page<KitEntity> page = kits.page(includeSuperseded, request);
        List<UUID> ids = page.items().stream().map(KitEntity::id).toList();
        Map<UUID, List<IndexEntry>> indexes = kits.indexes(ids);
        Set<UUID> used = Set.copyOf(kits.inUse(ids));
        return page.map(kit ->
                view(kit, definition(kit, indexes.getOrDefault(kit.id(), List.of())), used.contains(kit.id())));
    }

    private KitView add(KitDefinition definition, int version, String actor, String how) {
        return add(definition, UUID.randomUUID(), version, actor, how);
    }

    private KitView add(KitDefinition definition, UUID id, int version, String actor, String how) {
        OffsetDateTime now = now();
        KitEntity kit = new KitEntity(
                id,
                definition.name(),
                version,
                WireValue.of(definition.indexing()),
                definition.adapter(),
                WireValue.of(definition.layout()),
                definition.source(),
                now,
                actor);
        kits.add(kit, definition.indexes());
        libraries.audit(now, actor, "kit", id, how, indexSummary(definition));
        events.kitImported(id, definition, version, actor);
        return view(kit, definition, false);
    }

    private static void refuseIfSuperseded(KitEntity kit) {
        if ("superseded".equals(kit.status())) {
            throw RuleViolation.conflict(
                    IndexCatalogue.RULE,
                    "Kit " + KitView.label(kit.name(), kit.version()) + " was superseded and never changes again");
        }
    }

    private static KitDefinition definition(KitEntity kit, List<IndexEntry> indexes) {
        return new KitDefinition(
                kit.name(),
                WireValue.parse(Indexing.class, kit.indexing()).orElseThrow(),
                kit.adapter(),
                WireValue.parse(PlateLayout.class, kit.layout()).orElseThrow(),
                kit.source(),
                indexes);
    }

    private static KitView view(KitEntity kit, KitDefinition definition, boolean inUse) {
        return KitView.of(
                definition,
                new KitView.KitFacts(
                        kit.id(),
                        kit.version(),
                        "current".equals(kit.status()),
                        kit.supersededBy(),
                        inUse,
                        kit.importedAt(),
                        kit.importedBy()));
    }

    private static String indexSummary(KitDefinition definition) {
        return definition.indexes().size() + " indexes, " + WireValue.of(definition.indexing());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
