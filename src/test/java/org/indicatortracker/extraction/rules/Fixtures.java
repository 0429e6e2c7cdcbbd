package org.indicatortracker.extraction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the test fixtures under /extraction/ from the classpath (UTF-8) and parses their simple CSV. */
final class Fixtures {
    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /extraction/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a CSV with a header line; fields may be double-quoted ("" escapes a quote). */
    static List<List<String>> csv(String name) {
        String text = resource(name);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows.subList(1, rows.size());
    }

    static List<LexiconEntry> lexicon() {
        List<LexiconEntry> lex = new ArrayList<>();
        for (List<String> r : csv("indicator-catalogue.csv")) {
            // key,name_zh,name_en,unit,category,direction,value_kind,default_tolerance,aliases
            String aliases = r.size() > 8 ? r.get(8) : "";
            lex.add(new LexiconEntry(r.get(0), r.get(1), aliases.isBlank() ? List.of() : List.of(aliases.split("\\|")), r.get(3)));
        }
        return lex;
    }

    static List<RegionEntry> regions() {
        List<RegionEntry> regions = new ArrayList<>();
        for (List<String> r : csv("regions.csv")) {
            regions.add(new RegionEntry(r.get(0), r.get(1), r.get(2).isBlank() ? List.of() : List.of(r.get(2).split("\\|"))));
        }
        return regions;
    }

    static ReportExtractor extractor() {
        return new ReportExtractor(lexicon(), regions());
    }
}
