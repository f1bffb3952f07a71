package org.opentrade.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric catalogue of deploy/monitoring/metrics.txt, and the metric names a PromQL expression uses (what is left
 * once label matchers, ranges, groupings, functions and keywords are taken out).
 */
final class MetricNames {
    static final List<String> SERIES_SUFFIXES = List.of("_bucket", "_count", "_sum", "_max", "_total");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPINGS =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:$])([a-zA-Z_:][\\w:]*+)(?!\\s*\\()");

    /** One catalogue line: Prometheus name, type, origin, and for our own meters the source file and Micrometer name. */
    record Entry(String name, String type, String origin, String sourceFile, String micrometerName) {
    }

    private MetricNames() {
    }

    static List<Entry> catalogue(Path file) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] halves = trimmed.split("\\|");
            String[] fields = halves[0].strip().split("\\s+");
            if (fields.length != 4 || halves.length > 2) {
                throw new IllegalStateException(file + ": not 'name type origin source [| micrometer name]': " + line);
            }
            entries.add(new Entry(fields[0], fields[1], fields[2], fields[3],
                    halves.length == 2 ? halves[1].strip() : null));
        }
        return entries;
    }

    /** The metric names EXPRESSION reads. */
    static Set<String> usedBy(String expression) {
        String rest = QUOTED.matcher(expression).replaceAll("\"\"");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        rest = GROUPINGS.matcher(rest).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher identifiers = IDENTIFIER.matcher(rest);
        while (identifiers.find()) {
            String name = identifiers.group(1);
            if (!KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether NAME is a catalogued metric or one of its series (a histogram's _bucket, a counter's _total, ...). */
    static boolean known(String name, Set<String> catalogued) {
        if (catalogued.contains(name)) {
            return true;
        }
        return SERIES_SUFFIXES.stream().anyMatch(suffix -> name.endsWith(suffix)
                && catalogued.contains(name.substring(0, name.length() - suffix.length())));
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
