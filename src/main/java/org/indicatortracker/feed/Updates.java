package org.indicatortracker.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;

/** Turns stored update events into what the API, the Atom feed and the webhook show: names and bilingual titles. */
@ApplicationScoped
public class Updates {

    @Schema(name = "Update", description = "A verdict that changed because a newer release of the outcome appeared")
    public record UpdateView(long id, String region, String regionNameZh, String regionNameEn, String indicator,
                             String indicatorNameZh, String indicatorNameEn, String unit, int year,
                             Verdict previousVerdict, Verdict verdict, Vintage previousVintage, BigDecimal previousValue,
                             Vintage vintage, BigDecimal value, LocalDate publishedOn, String reasonZh, String reasonEn,
                             Instant detectedAt, String titleZh, String titleEn) {
    }

    public List<UpdateView> views(List<UpdateEvent> events) {
        Map<String, Region> regions = byKey(Region.list("code in ?1", codes(events, e -> e.regionCode)), r -> r.code);
        Map<String, Indicator> indicators = byKey(Indicator.list("key in ?1", codes(events, e -> e.indicatorKey)), i -> i.key);
        return events.stream().map(e -> view(e, regions.get(e.regionCode), indicators.get(e.indicatorKey))).toList();
    }

    static UpdateView view(UpdateEvent e, Region region, Indicator indicator) {
        String regionZh = region == null ? e.regionCode : region.nameZh;
        String regionEn = region == null ? e.regionCode : region.nameEn;
        String indicatorZh = indicator == null ? e.indicatorKey : indicator.nameZh;
        String indicatorEn = indicator == null ? e.indicatorKey : indicator.nameEn;
        String titleZh = regionZh + " · " + indicatorZh + " " + e.year + "年：" + zh(e.previousVerdict) + " → " + zh(e.verdict);
        String titleEn = regionEn + " · " + indicatorEn + " " + e.year + ": " + en(e.previousVerdict) + " → " + en(e.verdict);
        return new UpdateView(e.id, e.regionCode, regionZh, regionEn, e.indicatorKey, indicatorZh, indicatorEn,
                indicator == null ? null : indicator.unit, e.year, e.previousVerdict, e.verdict, e.previousVintage,
                e.previousValue, e.vintage, e.value, e.publishedOn, e.reasonZh, e.reasonEn, e.detectedAt, titleZh, titleEn);
    }

    /** The verdict in Chinese, as the evaluation reasons word it. */
    static String zh(Verdict v) {
        if (v == null) {
            return "—";
        }
        return switch (v) {
            case EXCEEDED -> "超额完成";
            case MET -> "完成";
            case PARTLY_MET -> "部分完成";
            case MISSED -> "未完成";
            case UNDETERMINED -> "无法判定";
            case NOT_EVALUABLE -> "暂无法评估";
        };
    }

    static String en(Verdict v) {
        if (v == null) {
            return "—";
        }
        return switch (v) {
            case EXCEEDED -> "exceeded";
            case MET -> "met";
            case PARTLY_MET -> "partly met";
            case MISSED -> "missed";
            case UNDETERMINED -> "undetermined";
            case NOT_EVALUABLE -> "not evaluable";
        };
    }

    static String zh(Vintage v) {
        if (v == null) {
            return "";
        }
        return switch (v) {
            case ESTIMATE -> "预计数";
            case PRELIMINARY -> "初步核算数";
            case FINAL -> "最终核实数";
            case REVISED -> "修订数";
        };
    }

    static String en(Vintage v) {
        if (v == null) {
            return "";
        }
        return switch (v) {
            case ESTIMATE -> "estimate";
            case PRELIMINARY -> "preliminary figure";
            case FINAL -> "final figure";
            case REVISED -> "revised figure";
        };
    }

    private static <T> List<String> codes(Collection<UpdateEvent> events, Function<UpdateEvent, String> key) {
        List<String> codes = events.stream().map(key).distinct().toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
