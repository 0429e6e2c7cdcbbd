package org.indicatortracker.extraction.rules;

import java.util.List;

/**
 * One indicator of the admin-extendable lexicon (normally loaded from the indicator catalogue): the stable key,
 * the Chinese name, other names reports use, and the catalogue unit.
 */
public record LexiconEntry(String indicatorKey, String nameZh, List<String> aliases, String unit) {
    public LexiconEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
