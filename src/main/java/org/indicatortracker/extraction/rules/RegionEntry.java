package org.indicatortracker.extraction.rules;

import java.util.ArrayList;
import java.util.List;

/** A region the extractor can recognise in a report header, e.g. ("230700", "伊春市", ["伊春"]) or ("CN", "全国", ["国务院"]). */
public record RegionEntry(String code, String nameZh, List<String> aliases) {
    public RegionEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The country's code in the region catalogue. */
    public static final String COUNTRY = "CN";

    /**
     * A region with the short names reports use for it: 伊春市 → 伊春, 黑龙江省 → 黑龙江, 广西壮族自治区 → 广西,
     * 内蒙古自治区 → 内蒙古, 丰林县 → 丰林, 大兴安岭地区 → 大兴安岭. The country (code CN) is also 全国, 国务院, 我国 and
     * 中华人民共和国.
     */
    public static RegionEntry withShortNames(String code, String nameZh) {
        List<String> aliases = new ArrayList<>();
        if (COUNTRY.equals(code)) {
            for (String a : new String[] {"全国", "国务院", "中华人民共和国", "我国"}) {
                if (!a.equals(nameZh)) {
                    aliases.add(a);
                }
            }
        }
        String shortName = shortName(nameZh);
        if (shortName != null && !shortName.equals(nameZh)) {
            aliases.add(shortName);
        }
        return new RegionEntry(code, nameZh, aliases);
    }

    static String shortName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim();
        if (n.endsWith("特别行政区")) {
            return n.substring(0, n.length() - 5);
        }
        if (n.endsWith("自治区") || n.endsWith("自治州") || n.endsWith("自治县") || n.endsWith("自治旗")) {
            // 广西壮族自治区, 宁夏回族自治区, 延边朝鲜族自治州: the place name comes before the people's name
            return n.startsWith("内蒙古") ? "内蒙古" : n.length() > 4 ? n.substring(0, 2) : null;
        }
        for (String suffix : new String[] {"地区", "新区", "林区", "省", "市", "县", "区", "旗", "盟"}) {
            if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return null;
    }
}
