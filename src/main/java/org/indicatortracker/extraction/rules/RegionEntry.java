package org.indicatortracker.extraction.rules;

import java.util.List;

/** A region the extractor can recognise in a report header, e.g. ("230700", "伊春市", ["伊春"]) or ("CN", "全国", ["国务院"]). */
public record RegionEntry(String code, String nameZh, List<String> aliases) {
    public RegionEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
