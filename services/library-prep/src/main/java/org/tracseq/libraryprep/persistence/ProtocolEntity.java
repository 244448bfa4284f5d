package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracseq.libraryprep.domain.Protocol;

/** A row of {@code protocols} (seeded by migration). */
@Entity
@Table(name = "protocols")
public class ProtocolEntity {
    @Id
    private String code;

    private String name;

    @Column(name = "min_input_ng")
    private BigDecimal minInputNg;

    @Column(name = "max_input_ng")
    private BigDecimal maxInputNg;

    @Column(name = "sample_types")
    private String sampleTypes;

    @Column(name = "min_fragment_bp")
    private int minFragmentBp;

    @Column(name = "max_fragment_bp")
    private int maxFragmentBp;

    protected ProtocolEntity() {}

    public Protocol toProtocol() {
        Set<String> types = Arrays.stream(sampleTypes.split(","))
                .map(String::strip)
                .filter(type -> !type.isEmpty())
                .collect(Collectors.toSet());
        return new Protocol(code, name, minInputNg, maxInputNg, types, minFragmentBp, maxFragmentBp);
    }
}
