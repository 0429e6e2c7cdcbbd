package org.indicatortracker.ingest.file;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicatortracker.figure.FigureChecks;

/**
 * A snapshot of what import rows may refer to: regions, indicators with their names and aliases, and source
 * documents. Taken once per import, so validating 100,000 rows asks the database nothing; also what the reference
 * rules of {@link FigureChecks} look codes up in.
 */
public final class Catalogue implements FigureChecks.References {

    public record Region(String code, String nameZh) {
    }

    public record Indicator(String key, String nameZh, String nameEn, Collection<String> aliases) {
    }

    public record Source(long id, String title) {
    }

    /** A name resolved to a code: exactly one match, several, or none. */
    public record Resolution(String code, List<String> candidates) {
        boolean found() {
            return code != null;
        }

        boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    private final Map<String, String> regionCodes = new HashMap<>();
    private final Set<String> regionSet = new java.util.HashSet<>();
    private final Map<String, Set<String>> regionNames = new HashMap<>();
    private final Set<String> indicatorKeys = new java.util.HashSet<>();
    private final Map<String, Set<String>> indicatorNames = new HashMap<>();
    private final Set<Long> sourceIds = new java.util.HashSet<>();
    private final Map<String, Set<Long>> sourceTitles = new HashMap<>();

    public Catalogue(Collection<Region> regions, Collection<Indicator> indicators, Collection<Source> sources) {
        for (Region r : regions) {
            regionCodes.put(r.code().toUpperCase(Locale.ROOT), r.code());
            regionSet.add(r.code());
            regionNames.computeIfAbsent(norm(r.nameZh()), k -> new LinkedHashSet<>()).add(r.code());
        }
        for (Indicator i : indicators) {
            indicatorKeys.add(i.key());
            indicatorNames.computeIfAbsent(norm(i.nameZh()), k -> new LinkedHashSet<>()).add(i.key());
            if (i.nameEn() != null) {
                indicatorNames.computeIfAbsent(norm(i.nameEn()), k -> new LinkedHashSet<>()).add(i.key());
            }
            for (String alias : i.aliases()) {
                indicatorNames.computeIfAbsent(norm(alias), k -> new LinkedHashSet<>()).add(i.key());
            }
        }
        for (Source s : sources) {
            sourceIds.add(s.id());
            sourceTitles.computeIfAbsent(norm(s.title()), k -> new LinkedHashSet<>()).add(s.id());
        }
    }

    @Override
    public boolean region(String code) {
        return regionSet.contains(code);
    }

    @Override
    public boolean indicator(String key) {
        return indicatorKeys.contains(key);
    }

    @Override
    public boolean source(long id) {
        return sourceIds.contains(id);
    }

    /** A region code (any case) or a region's Chinese name when only one region has it. */
    public Resolution resolveRegion(String text, boolean byName) {
        String code = regionCodes.get(text.toUpperCase(Locale.ROOT));
        if (code != null) {
            return new Resolution(code, List.of(code));
        }
        return byName ? unique(regionNames.get(norm(text))) : new Resolution(null, List.of());
    }

    /** An indicator key, or a Chinese or English name or alias that only one indicator has. */
    public Resolution resolveIndicator(String text) {
        String key = text.toLowerCase(Locale.ROOT);
        if (indicatorKeys.contains(key)) {
            return new Resolution(key, List.of(key));
        }
        return unique(indicatorNames.get(norm(text)));
    }

    /** A source id, or a source document's full title when only one document has it. */
    public Resolution resolveSource(String text) {
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
            long id = Long.parseLong(text);
            return sourceIds.contains(id) ? new Resolution(text, List.of(text)) : new Resolution(null, List.of());
        }
        Set<Long> ids = sourceTitles.get(norm(text));
        return unique(ids == null ? null : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Resolution unique(Set<String> matches) {
        if (matches == null || matches.isEmpty()) {
            return new Resolution(null, List.of());
        }
        List<String> all = new ArrayList<>(matches);
        return all.size() == 1 ? new Resolution(all.get(0), all) : new Resolution(null, all);
    }

    private static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
