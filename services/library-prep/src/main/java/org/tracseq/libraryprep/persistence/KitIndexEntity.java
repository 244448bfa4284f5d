package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code kit_indexes}: one named index of a kit, at its place in the kit's order. */
@Entity
@Table(name = "kit_indexes")
@IdClass(KitIndexEntity.Key.class)
public class KitIndexEntity {
    @Id
    @Column(name = "kit_id")
    private UUID kitId;

    @Id
    private int position;

    private String read;

    private String name;

    private String sequence;

    protected KitIndexEntity() {}

    public KitIndexEntity(UUID kitId, int position, String read, String name, String sequence) {
        this.kitId = kitId;
        this.position = position;
        this.read = read;
        this.name = name;
        this.sequence = sequence;
    }

    public UUID kitId() {
        return kitId;
    }

    public String read() {
        return read;
    }

    public String name() {
        return name;
    }

    public String sequence() {
        return sequence;
    }

    /** The composite key (kit, position). */
    public static class Key implements Serializable {
        private UUID kitId;
        private int position;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && position == key.position && Objects.equals(kitId, key.kitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kitId, position);
        }
    }
}
