package org.tracseq.barcodes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code barcode_sequences}: the last sequence number taken for a prefix on a UTC day
 * (BC-1). Read through JPA; only {@link BarcodeRepository#allocate} advances it, in SQL.
 */
@Entity
@Table(name = "barcode_sequences")
@IdClass(BarcodeSequenceEntity.Key.class)
public class BarcodeSequenceEntity {
    @Id
    private String prefix;

    @Id
    private LocalDate day;

    @Column(name = "last_value")
    private int lastValue;

    protected BarcodeSequenceEntity() {}

    int lastValue() {
        return lastValue;
    }

    /** The primary key: prefix and day (a plain class, as JPA wants an id class). */
    public static class Key implements Serializable {
        private String prefix;
        private LocalDate day;

        public Key() {}

        public Key(String prefix, LocalDate day) {
            this.prefix = prefix;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(prefix, key.prefix) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(prefix, day);
        }
    }
}
