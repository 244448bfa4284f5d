package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.bool;
import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracseq.sequencing.domain.CatalogueKit;

/**
 * {@code catalogue_kits} and {@code catalogue_indexes}: library-prep's index catalogue as its kit
 * events announced it. A kit's content is as of its latest {@code kit.imported} applied
 * ({@code version}); a supersession is kept whatever order the events come in.
 */
@ApplicationScoped
public class CatalogueRepository {
    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    /** A kit as of event {@code version}, its indexes replaced; nothing when a newer event was applied. */
    public void imported(
            UUID kitId,
            String name,
            int kitVersion,
            String indexing,
            List<CatalogueKit.KitIndex> indexes,
            long version) {
        int applied = em.createNativeQuery("INSERT INTO catalogue_kits AS k (id, name, kit_version, indexing, version) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, "
                        + "kit_version = EXCLUDED.kit_version, indexing = EXCLUDED.indexing, version = EXCLUDED.version "
                        + "WHERE k.version < EXCLUDED.version")
                .setParameter(1, kitId)
                .setParameter(2, name)
                .setParameter(3, kitVersion)
                .setParameter(4, indexing)
                .setParameter(5, version)
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        em.createNativeQuery("DELETE FROM catalogue_indexes WHERE kit_id = ?1")
                .setParameter(1, kitId)
                .executeUpdate();
        for (int position = 0; position < indexes.size(); position++) {
            CatalogueKit.KitIndex index = indexes.get(position);
            em.createNativeQuery("INSERT INTO catalogue_indexes (kit_id, position, read, name, sequence) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, kitId)
                    .setParameter(2, position)
                    .setParameter(3, index.read())
                    .setParameter(4, index.name())
                    .setParameter(5, index.sequence())
                    .executeUpdate();
        }
    }

    /** The kit superseded by {@code supersededBy}; known by name until its import is seen. */
    public void superseded(UUID kitId, String name, int kitVersion, UUID supersededBy) {
        em.createNativeQuery(
                        "INSERT INTO catalogue_kits AS k (id, name, kit_version, superseded_by, version) "
                                + "VALUES (?1, ?2, ?3, ?4, 0) ON CONFLICT (id) DO UPDATE SET superseded_by = EXCLUDED.superseded_by")
                .setParameter(1, kitId)
                .setParameter(2, name)
                .setParameter(3, kitVersion)
                .setParameter(4, supersededBy)
                .executeUpdate();
    }

    /** Every kit with its indexes, by name and version. */
    public List<CatalogueKit> kits() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT k.id, k.name, k.kit_version, k.indexing, "
                        + "k.superseded_by IS NULL, i.read, i.name, i.sequence FROM catalogue_kits k "
                        + "LEFT JOIN catalogue_indexes i ON i.kit_id = k.id "
                        + "ORDER BY k.name, k.kit_version, k.id, i.position")
                .getResultList();
        Map<UUID, Object[]> kits = new LinkedHashMap<>();
        Map<UUID, List<CatalogueKit.KitIndex>> indexes = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = uuid(row[0]);
            kits.putIfAbsent(id, row);
            List<CatalogueKit.KitIndex> ofKit = indexes.computeIfAbsent(id, ignored -> new ArrayList<>());
            if (row[5] != null) {
                ofKit.add(new CatalogueKit.KitIndex(text(row[5]), text(row[6]), text(row[7])));
            }
        }
        return kits.entrySet().stream()
                .map(kit -> new CatalogueKit(
                        text(kit.getValue()[1]),
                        integer(kit.getValue()[2]),
                        text(kit.getValue()[3]),
                        bool(kit.getValue()[4]),
                        indexes.get(kit.getKey())))
                .toList();
    }
}
