package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tracseq.platform.problem.RuleViolation;

/**
 * LB-1, what a library may be made from: a sample that gives material (SM-1: {@code validated} or
 * {@code in_storage}, with the input volume available), of type dna or rna unless the protocol lists
 * its type. Outside the protocol's input mass, sample types or fragment size the library is made
 * anyway, with warnings a technician reads; only a sample the protocol cannot take at all is refused.
 */
public final class LibraryRules {
    public static final String RULE = "LB-1";

    private static final Set<String> GIVES_MATERIAL = Set.of("validated", "in_storage");
    private static final Set<String> NUCLEIC_ACIDS = Set.of("dna", "rna");

    private LibraryRules() {}

    /** SM-1: the sample can give material now. */
    public static void checkGivesMaterial(SourceSample sample) {
        if (!GIVES_MATERIAL.contains(sample.status())) {
            throw RuleViolation.conflict(
                    "SM-1",
                    "Sample " + sample.barcode() + " is " + sample.status()
                            + "; only a validated or in_storage sample gives material for a library");
        }
    }

    /** LB-1: dna and rna always; another type only when the protocol lists it. */
    public static void checkType(SourceSample sample, Protocol protocol) {
        if (!NUCLEIC_ACIDS.contains(sample.type()) && !protocol.sampleTypes().contains(sample.type())) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "Sample " + sample.barcode() + " is " + sample.type() + "; a library is made from dna or rna, "
                            + "or from a type its protocol lists (" + protocol.name() + ": "
                            + String.join(
                                    ", ",
                                    protocol.sampleTypes().stream().sorted().toList()) + ")");
        }
    }

    /** SM-1: the input volumes asked of one sample (all the wells of a plate) fit in what it has. */
    public static void checkVolume(SourceSample sample, BigDecimal inputVolumeUl) {
        if (sample.availableVolumeUl() != null && inputVolumeUl.compareTo(sample.availableVolumeUl()) > 0) {
            throw RuleViolation.conflict(
                    "SM-1",
                    "Sample " + sample.barcode() + " has " + plain(sample.availableVolumeUl()) + " µL available; "
                            + plain(inputVolumeUl) + " µL cannot be taken from it");
        }
    }

    /** Where the library is outside its protocol; empty when it is inside. */
    public static List<String> warnings(SourceSample sample, Protocol protocol, BigDecimal inputNg, int fragmentBp) {
        List<String> warnings = new ArrayList<>();
        if (NUCLEIC_ACIDS.contains(sample.type()) && !protocol.sampleTypes().contains(sample.type())) {
            warnings.add(protocol.name() + " is not meant for " + sample.type() + " samples");
        }
        if (inputNg != null
                && (inputNg.compareTo(protocol.minInputNg()) < 0 || inputNg.compareTo(protocol.maxInputNg()) > 0)) {
            warnings.add("Input " + plain(inputNg) + " ng is outside " + protocol.name() + "'s "
                    + plain(protocol.minInputNg()) + "-" + plain(protocol.maxInputNg()) + " ng");
        }
        if (fragmentBp < protocol.minFragmentBp() || fragmentBp > protocol.maxFragmentBp()) {
            warnings.add("Mean fragment size " + fragmentBp + " bp is outside " + protocol.name() + "'s expected "
                    + protocol.minFragmentBp() + "-" + protocol.maxFragmentBp() + " bp");
        }
        return warnings;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
