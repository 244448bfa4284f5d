package org.tracseq.libraryprep.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;

/**
 * A kit as a CSV file, what lab administrators import and export (and what the shipped kits are):
 *
 * <pre>
 * # comment lines start with '#'
 * [Kit]
 * name,IDT for Illumina UD Indexes Set A
 * indexing,unique_dual
 * adapter,TruSeq
 * layout,column_wise
 * source,"Illumina Adapter Sequences, document 1000000002694"
 * [Indexes]
 * read,name,sequence
 * i7,UDI0001,CCGCGGTT
 * i5,UDI0001,AGCGCTAG
 * </pre>
 *
 * Fields follow RFC 4180 (quotes around a field holding a comma, a doubled quote inside one). A file
 * that cannot be read or breaks LB-4 is refused with every problem, each named by its line.
 */
public final class KitFile {
    private static final String KIT = "[Kit]";
    private static final String INDEXES = "[Indexes]";
    private static final List<String> INDEX_HEADER = List.of("read", "name", "sequence");

    private KitFile() {}

    public static KitDefinition parse(String text) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        List<IndexEntry> indexes = new ArrayList<>();
        List<Integer> indexLines = new ArrayList<>();
        String section = null;
        boolean headerSeen = false;
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals(KIT) || line.equals(INDEXES)) {
                section = line;
                continue;
            }
            Optional<List<String>> parsed = fields(line);
            if (parsed.isEmpty()) {
                errors.add(error(n, "a quoted field is not closed"));
                continue;
            }
            List<String> fields = parsed.get();
            if (KIT.equals(section)) {
                if (fields.size() != 2) {
                    errors.add(error(n, "a [Kit] line is 'key,value'"));
                } else if (settings.putIfAbsent(fields.get(0), fields.get(1)) != null) {
                    errors.add(error(n, "'" + fields.get(0) + "' is given twice"));
                }
            } else if (INDEXES.equals(section) && !headerSeen) {
                headerSeen = true;
                if (!fields.equals(INDEX_HEADER)) {
                    errors.add(error(n, "the [Indexes] header is 'read,name,sequence'"));
                }
            } else if (INDEXES.equals(section)) {
                Optional<IndexEntry> index = index(fields, n, errors);
                if (index.isPresent()) {
                    indexes.add(index.get());
                    indexLines.add(n);
                }
            } else {
                errors.add(error(n, "the file starts with a [Kit] section, then an [Indexes] section"));
            }
        }
        KitDefinition kit = new KitDefinition(
                settings.get("name"),
                setting(settings, "indexing", Indexing.class, errors),
                settings.get("adapter"),
                setting(settings, "layout", PlateLayout.class, errors),
                settings.get("source"),
                indexes);
        for (IndexCatalogue.Problem problem : IndexCatalogue.problems(kit)) {
            errors.add(
                    problem.entry() < 0
                            ? new FieldError("csv", problem.message())
                            : error(indexLines.get(problem.entry()), problem.message()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    IndexCatalogue.RULE,
                    422,
                    "The kit file has " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                            + "; nothing was imported",
                    errors);
        }
        return kit;
    }

    public static String write(KitDefinition kit) {
        StringBuilder csv = new StringBuilder(KIT).append('\n');
        csv.append("name,").append(quoted(kit.name())).append('\n');
        csv.append("indexing,").append(WireValue.of(kit.indexing())).append('\n');
        if (kit.adapter() != null) {
            csv.append("adapter,").append(quoted(kit.adapter())).append('\n');
        }
        csv.append("layout,").append(WireValue.of(kit.layout())).append('\n');
        csv.append("source,").append(quoted(kit.source())).append('\n');
        csv.append(INDEXES).append('\n').append(String.join(",", INDEX_HEADER)).append('\n');
        for (IndexEntry index : kit.indexes()) {
            csv.append(WireValue.of(index.read()))
                    .append(',')
                    .append(quoted(index.name()))
                    .append(',')
                    .append(index.sequence())
                    .append('\n');
        }
        return csv.toString();
    }

    private static Optional<IndexEntry> index(List<String> fields, int n, List<FieldError> errors) {
        if (fields.size() != 3) {
            errors.add(error(n, "an index line is 'read,name,sequence'"));
            return Optional.empty();
        }
        Optional<IndexRead> read = WireValue.parse(IndexRead.class, fields.get(0));
        if (read.isEmpty()) {
            errors.add(error(n, "the read is i7 or i5, not '" + fields.get(0) + "'"));
            return Optional.empty();
        }
        return Optional.of(
                new IndexEntry(read.get(), fields.get(1).strip(), fields.get(2).strip()));
    }

    private static <E extends Enum<E>> E setting(
            Map<String, String> settings, String key, Class<E> type, List<FieldError> errors) {
        String value = settings.get(key);
        if (value == null) {
            return null; // IndexCatalogue says it is missing
        }
        Optional<E> parsed = WireValue.parse(type, value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError("csv", key + " is one of " + WireValue.choices(type) + ", not '" + value + "'"));
        }
        return parsed.orElse(null);
    }

    private static FieldError error(int line, String message) {
        return new FieldError("csv line " + line, message);
    }

    /** The fields of one line, or empty when a quote is left open. */
    static Optional<List<String>> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted ? Optional.empty() : Optional.of(fields);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
