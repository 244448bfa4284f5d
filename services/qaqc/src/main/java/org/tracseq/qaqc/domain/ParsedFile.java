package org.tracseq.qaqc.domain;

import java.util.List;
import org.tracseq.platform.problem.FieldError;

/** What a file held: its rows, and every problem found reading them ({@code rows[3].barcode}). */
public record ParsedFile(List<FileRow> rows, List<FieldError> problems) {
    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
