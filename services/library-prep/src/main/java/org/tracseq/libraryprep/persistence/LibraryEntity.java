package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.tracseq.libraryprep.domain.IndexEntry;
import org.tracseq.libraryprep.domain.IndexPair;
import org.tracseq.libraryprep.domain.IndexRead;
import org.tracseq.libraryprep.domain.Library;
import org.tracseq.platform.persistence.NullableUuidConverter;

/** A row of {@code libraries}; warnings are kept one per line. */
@Entity
@Table(name = "libraries")
public class LibraryEntity {
    @Id
    private UUID id;

    private String name;

    @Column(name = "sample_id")
    private UUID sampleId;

    @Column(name = "sample_barcode")
    private String sampleBarcode;

    @Column(name = "library_sample_id")
    private UUID librarySampleId;

    private String barcode;

    @Column(name = "kit_id")
    private UUID kitId;

    private String protocol;

    @Column(name = "i7_name")
    private String i7Name;

    private String i7;

    @Column(name = "i5_name")
    private String i5Name;

    private String i5;

    @Column(name = "concentration_ng_per_ul")
    private BigDecimal concentrationNgPerUl;

    @Column(name = "mean_fragment_bp")
    private int meanFragmentBp;

    @Column(name = "volume_ul")
    private BigDecimal volumeUl;

    @Column(name = "input_volume_ul")
    private BigDecimal inputVolumeUl;

    @Column(name = "input_ng")
    private BigDecimal inputNg;

    @Column(name = "molarity_nm")
    private BigDecimal molarityNm;

    /**
     * Set by {@link LibraryRepository#placeOnPlate} after the row is inserted, never by JPA: a
     * library outside a plate would have JPA bind a null uuid as text, which PostgreSQL refuses.
     */
    @Column(name = "plate_id", insertable = false, updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID plateId;

    @Column(insertable = false, updatable = false)
    private String well;

    private String warnings;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected LibraryEntity() {}

    public LibraryEntity(Library library) {
        id = library.id();
        name = library.name();
        sampleId = library.sampleId();
        sampleBarcode = library.sampleBarcode();
        librarySampleId = library.librarySampleId();
        barcode = library.barcode();
        kitId = library.kitId();
        protocol = library.protocol();
        i7Name = library.indexes().i7().name();
        i7 = library.indexes().i7().sequence();
        if (library.indexes().i5() != null) {
            i5Name = library.indexes().i5().name();
            i5 = library.indexes().i5().sequence();
        }
        concentrationNgPerUl = library.concentrationNgPerUl();
        meanFragmentBp = library.meanFragmentBp();
        volumeUl = library.volumeUl();
        inputVolumeUl = library.inputVolumeUl();
        inputNg = library.inputNg();
        molarityNm = library.molarityNm();
        plateId = library.plateId();
        well = library.well();
        warnings = String.join("\n", library.warnings());
        createdAt = library.createdAt();
        createdBy = library.createdBy();
    }

    public UUID id() {
        return id;
    }

    /** A normalisation (LB-3): the new concentration, volume and the molarity computed from them. */
    public void normalise(BigDecimal concentrationNgPerUl, BigDecimal volumeUl, BigDecimal molarityNm) {
        this.concentrationNgPerUl = concentrationNgPerUl;
        this.volumeUl = volumeUl;
        this.molarityNm = molarityNm;
    }

    public Library toLibrary() {
        IndexEntry i7Entry = new IndexEntry(IndexRead.I7, i7Name, i7);
        IndexEntry i5Entry = i5 == null ? null : new IndexEntry(IndexRead.I5, i5Name, i5);
        List<String> warningList =
                warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n"));
        return new Library(
                id,
                name,
                sampleId,
                sampleBarcode,
                librarySampleId,
                barcode,
                kitId,
                protocol,
                new IndexPair(i7Entry, i5Entry),
                concentrationNgPerUl,
                meanFragmentBp,
                volumeUl,
                inputVolumeUl,
                inputNg,
                molarityNm,
                plateId,
                well,
                warningList,
                createdAt,
                createdBy);
    }
}
