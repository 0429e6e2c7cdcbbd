package org.indicatortracker.extraction.rules;

import java.math.BigDecimal;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Relation;

/**
 * One quantitative (or qualitative target) statement found in a report.
 *
 * @param indicatorKey           lexicon key, null when no lexicon entry matched
 * @param indicatorPhrase        the indicator phrase as written (for a shared subject such as "城镇、农村…收入" the
 *                               distributed phrase, e.g. "农村常住居民人均可支配收入增长")
 * @param suggestedKey           for unmatched phrases a snake_case suggestion (null when none could be made)
 * @param kind                   "actual" (year under review) or "target" (coming year)
 * @param comparator             eq / around / gte / lte / range / relative / qualitative
 * @param value                  the figure (declines negative), null for relative and qualitative statements
 * @param valueHigh              upper bound of a range, else null
 * @param unit                   unit as written ("%", "万亩", "亿元", "年" for streaks, measure word for counts)
 * @param status                 "estimate" (governed by 预计) or "reported"
 * @param relation               for relative statements
 * @param referencedIndicatorKey for relative statements, e.g. gdp_growth
 * @param referencedPhrase       for relative statements, e.g. "经济增长"
 * @param multiYear              figure about a multi-year period (过去五年, 年均, 今后五年 ...)
 * @param quote                  exact substring of the request text
 * @param start                  offset of the quote in the request text
 * @param end                    end offset (exclusive): {@code text.substring(start, end).equals(quote)}
 */
public record ExtractedStatement(String indicatorKey, String indicatorPhrase, String suggestedKey,
        String kind, int year, Comparator comparator, BigDecimal value, BigDecimal valueHigh,
        String unit, String status,
        Relation relation, String referencedIndicatorKey, String referencedPhrase,
        boolean multiYear, String quote, int start, int end) {

    public static final String ACTUAL = "actual";
    public static final String TARGET = "target";
    public static final String ESTIMATE = "estimate";
    public static final String REPORTED = "reported";
}
