package org.indicatortracker.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.extraction.rules.LexiconEntry;
import org.indicatortracker.extraction.rules.RegionEntry;
import org.indicatortracker.extraction.rules.ReportExtractor;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;

/**
 * The extractor's lexicon is the indicator catalogue: every indicator's Chinese name and aliases, and every region's
 * name with its short forms (伊春市 → 伊春; CN → 全国, 国务院). An admin extends it by adding aliases to an indicator
 * ({@code POST /api/v1/indicators/{key}/aliases} or {@code PUT /api/v1/indicators/{key}}); no code changes.
 *
 * <p>Building an extractor takes a few milliseconds, so it is kept and reused while the catalogue is unchanged. Each
 * request first reads a fingerprint of the catalogue (one small aggregate query over indicators, aliases and
 * regions); a different fingerprint rebuilds the extractor. This also notices changes made by another replica or
 * directly in the database.
 */
@ApplicationScoped
public class Lexicon {

    /** What a review screen shows of a matched indicator. */
    public record IndicatorInfo(String key, String nameZh, String nameEn, String unit) {
    }

    /** Everything one extraction needs, consistent with one catalogue state. */
    public record Snapshot(String fingerprint, ReportExtractor extractor, Map<String, IndicatorInfo> indicators,
                           Map<String, String> regionNames) {
    }

    private static final String FINGERPRINT = """
            select coalesce((select md5(string_agg(i.key || '|' || i.version || '|' || i.name_zh || '|' || i.unit, ',' order by i.key)) from indicator i), '')
                || coalesce((select md5(string_agg(a.indicator_key || '|' || a.alias, ',' order by a.indicator_key, a.alias)) from indicator_alias a), '')
                || coalesce((select md5(string_agg(r.code || '|' || r.version || '|' || r.name_zh, ',' order by r.code)) from region r), '')""";

    @Inject
    EntityManager em;

    private volatile Snapshot current;

    /** The extractor for the catalogue as it is now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        String fingerprint = (String) em.createNativeQuery(FINGERPRINT).getSingleResult();
        Snapshot s = current;
        if (s == null || !s.fingerprint().equals(fingerprint)) {
            s = build(fingerprint);
            current = s;
        }
        return s;
    }

    private Snapshot build(String fingerprint) {
        List<LexiconEntry> lexicon = new ArrayList<>();
        Map<String, IndicatorInfo> indicators = new HashMap<>();
        for (Indicator i : Indicator.ordered(null)) {
            lexicon.add(new LexiconEntry(i.key, i.nameZh, i.aliases, i.unit));
            indicators.put(i.key, new IndicatorInfo(i.key, i.nameZh, i.nameEn, i.unit));
        }
        List<RegionEntry> regions = new ArrayList<>();
        Map<String, String> regionNames = new HashMap<>();
        for (Region r : Region.ordered()) {
            regions.add(RegionEntry.withShortNames(r.code, r.nameZh));
            regionNames.put(r.code, r.nameZh);
        }
        return new Snapshot(fingerprint, new ReportExtractor(lexicon, regions), Map.copyOf(indicators), Map.copyOf(regionNames));
    }
}
