package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.qaqc.domain.FileRow;
import org.tracseq.qaqc.domain.ImportOutcome;
import org.tracseq.qaqc.domain.ImportRefused;
import org.tracseq.qaqc.domain.InstrumentFiles;
import org.tracseq.qaqc.domain.InstrumentFormat;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.domain.ParsedFile;
import org.tracseq.qaqc.domain.QcResult;
import org.tracseq.qaqc.domain.Reading;
import org.tracseq.qaqc.domain.Subject;
import org.tracseq.qaqc.persistence.DefinitionRepository;
import org.tracseq.qaqc.persistence.ResultRepository;

/**
 * Instrument files, all or nothing: every row is read and matched first, every problem collected;
 * only a file without problems is recorded, in one statement for all its results. Barcodes are
 * matched in one query against the projections (and one samples call per 500 unknown ones), the
 * definitions in one query: the cost does not grow with round trips per row.
 */
@ApplicationScoped
public class Imports {
    @Inject
    Subjects subjects;

    @Inject
    DefinitionRepository definitions;

    @Inject
    ResultRepository results;

    @Inject
    Results recording;

    @Inject
    QcEvents events;

    @Inject
    @ConfigProperties
    QcSettings settings;

    @Transactional
    public ImportOutcome importFile(
            InstrumentFormat format, String fileName, String instrument, String content, String actor) {
        ParsedFile file = InstrumentFiles.read(format, content, settings.importMaxRows);
        List<FieldError> problems = new ArrayList<>(file.problems());
        Map<String, Subject> subjects = this.subjects.byBarcodes(
                file.rows().stream().map(FileRow::barcode).collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<String, MetricDefinition> byMetric = new HashMap<>();
        definitions
                .currentFor(subjects.values().stream().map(Subject::appliesTo).collect(Collectors.toSet()))
                .forEach(definition -> byMetric.put(key(definition.metric(), definition.appliesTo()), definition));

        UUID importId = UUID.randomUUID();
        Instant now = recording.now();
        List<ImportOutcome.Imported> imported = new ArrayList<>();
        List<ImportOutcome.Skipped> skipped = new ArrayList<>();
        for (FileRow row : file.rows()) {
            String field = "rows[" + row.number() + "]";
            Subject subject = subjects.get(row.barcode());
            if (subject == null) {
                problems.add(new FieldError(
                        field + ".barcode", "No sample or library has the barcode '" + row.barcode() + "'"));
                continue;
            }
            int recorded = 0;
            for (Reading reading : row.readings()) {
                MetricDefinition definition = byMetric.get(key(reading.metric(), subject.appliesTo()));
                if (definition == null) {
                    skipped.add(new ImportOutcome.Skipped(
                            row.number(),
                            reading.metric(),
                            "no definition of " + reading.metric() + " for " + subject.appliesTo()));
                    continue;
                }
                imported.add(new ImportOutcome.Imported(
                        row.number(),
                        QcResult.judged(
                                UUID.randomUUID(),
                                subject,
                                definition,
                                reading.value(),
                                instrument,
                                null,
                                importId,
                                actor,
                                now)));
                recorded++;
            }
            if (recorded == 0 && !row.readings().isEmpty() && !hasProblem(problems, field)) {
                problems.add(new FieldError(
                        field,
                        "Nothing in this row has a definition for " + subject.appliesTo() + " (QC-1): "
                                + row.readings().stream().map(Reading::metric).toList()));
            } else if (row.readings().isEmpty() && !hasProblem(problems, field)) {
                problems.add(new FieldError(field, "The row has no value this format reads"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Imports::rowOf));
            throw new ImportRefused(problems.size(), problems);
        }
        List<QcResult> recorded =
                imported.stream().map(ImportOutcome.Imported::result).toList();
        results.addImport(importId, format, fileName, instrument, file.rows().size(), actor, now);
        results.addAll(recorded);
        events.imported(importId, format, file.rows().size(), recorded, actor);
        recording.count(recorded);
        return new ImportOutcome(importId, format, file.rows().size(), imported, skipped);
    }

    /** The row a problem is about ({@code rows[12].barcode} is 12); the file as a whole (0) first. */
    private static int rowOf(FieldError problem) {
        String field = problem.field();
        return field.startsWith("rows[") ? Integer.parseInt(field.substring(5, field.indexOf(']'))) : 0;
    }

    private static boolean hasProblem(List<FieldError> problems, String rowField) {
        return problems.stream()
                .anyMatch(p -> p.field().startsWith(rowField + ".") || p.field().equals(rowField));
    }

    private static String key(String metric, String appliesTo) {
        return metric + "|" + appliesTo;
    }
}
