package org.tracseq.storage.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.tracseq.platform.problem.RuleViolation;

/**
 * ST-4: which zones a sample type may be kept in (our defaults, each overridable), and which zones
 * suit which kind of storage unit.
 */
public final class ZoneRules {
    public static final String RULE = "ST-4";
    private static final Set<TemperatureZone> ANY = EnumSet.allOf(TemperatureZone.class);

    private final Map<String, Set<TemperatureZone>> byType;

    public ZoneRules(Map<String, Set<TemperatureZone>> overrides) {
        Map<String, Set<TemperatureZone>> rules = new java.util.HashMap<>(defaults());
        rules.putAll(overrides);
        this.byType = Map.copyOf(rules);
    }

    public static ZoneRules defaultRules() {
        return new ZoneRules(Map.of());
    }

    /** The DOMAIN.md defaults, by SM-TYPES wire value. */
    public static Map<String, Set<TemperatureZone>> defaults() {
        var m80 = TemperatureZone.MINUS_80;
        var m20 = TemperatureZone.MINUS_20;
        var p4 = TemperatureZone.PLUS_4;
        var ln2 = TemperatureZone.LIQUID_NITROGEN;
        Set<TemperatureZone> fluids = EnumSet.of(p4, m20, m80);
        return Map.ofEntries(
                Map.entry("dna", EnumSet.of(m20, m80, p4)),
                Map.entry("rna", EnumSet.of(m80, ln2)),
                Map.entry("protein", EnumSet.of(m80, m20)),
                Map.entry("cell_culture", EnumSet.of(ln2, TemperatureZone.INCUBATOR_37)),
                Map.entry("tissue", EnumSet.of(m80, ln2)),
                Map.entry("blood", fluids),
                Map.entry("serum", fluids),
                Map.entry("plasma", fluids),
                Map.entry("urine", fluids),
                Map.entry("saliva", fluids),
                Map.entry("swab", EnumSet.of(p4, m80)),
                Map.entry("environmental", ANY),
                Map.entry("other", ANY));
    }

    public Set<TemperatureZone> allowedZones(String sampleType) {
        return byType.getOrDefault(sampleType, ANY);
    }

    public boolean allows(String sampleType, TemperatureZone zone) {
        return allowedZones(sampleType).contains(zone);
    }

    /** 409: the sample's type does not allow the box's zone. */
    public void checkPlacement(String sampleType, TemperatureZone zone, String barcode) {
        if (!allows(sampleType, zone)) {
            throw RuleViolation.conflict(
                    RULE,
                    "Sample " + barcode + " is " + sampleType + ", which is kept in "
                            + allowedZones(sampleType).stream()
                                    .map(TemperatureZone::wireValue)
                                    .sorted()
                                    .toList()
                            + ", not " + zone.wireValue() + "; choose a box in one of those zones");
        }
    }

    /** The zones a storage unit of this kind may run at. */
    public static Set<TemperatureZone> zonesFor(LocationKind unit) {
        Map<LocationKind, Set<TemperatureZone>> zones = new EnumMap<>(LocationKind.class);
        zones.put(LocationKind.FREEZER, EnumSet.of(TemperatureZone.MINUS_80, TemperatureZone.MINUS_20));
        zones.put(LocationKind.REFRIGERATOR, EnumSet.of(TemperatureZone.PLUS_4));
        zones.put(LocationKind.INCUBATOR, EnumSet.of(TemperatureZone.INCUBATOR_37, TemperatureZone.ROOM_TEMPERATURE));
        zones.put(LocationKind.LN2_TANK, EnumSet.of(TemperatureZone.LIQUID_NITROGEN));
        return zones.getOrDefault(unit, EnumSet.noneOf(TemperatureZone.class));
    }

    /** A unit needs a zone its kind can run at; any other kind takes its unit's zone and names none. 422. */
    public static void checkUnitZone(LocationKind kind, TemperatureZone zone) {
        if (kind.isUnit()) {
            if (zone == null) {
                throw RuleViolation.unprocessable(
                        RULE,
                        "A " + kind.wireValue() + " needs a zone: one of "
                                + zonesFor(kind).stream()
                                        .map(TemperatureZone::wireValue)
                                        .toList());
            }
            if (!zonesFor(kind).contains(zone)) {
                throw RuleViolation.unprocessable(
                        RULE,
                        "A " + kind.wireValue() + " cannot run at "
                                + zone.wireValue() + "; it runs at "
                                + zonesFor(kind).stream()
                                        .map(TemperatureZone::wireValue)
                                        .toList());
            }
        } else if (zone != null) {
            throw RuleViolation.unprocessable(
                    RULE, "Only a storage unit has a zone; a " + kind.wireValue() + " takes its unit's zone");
        }
    }
}
