package org.indicatortracker.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.Figure;
import org.indicatortracker.figure.Target;
import org.indicatortracker.ingest.file.Column;
import org.indicatortracker.ingest.file.ImportRow;
import org.indicatortracker.ingest.file.RowValidator;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;

/**
 * Published figures in the import's layout, for planners who edit in a spreadsheet and import again: re-importing
 * an unedited export changes nothing. (The open-data download with every table is {@code /api/v1/export}.)
 */
@ApplicationScoped
public class FigureExport {

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(String regionCode, Integer y) {
        if (regionCode != null && Region.byCode(regionCode).isEmpty()) {
            throw ApiException.notFound("No region has code '" + regionCode + "'.");
        }
        String where = "f.status = ?1 and f.draftOf is null" + (regionCode == null ? "" : " and f.regionCode = ?2")
                + (y == null ? "" : regionCode == null ? " and f.year = ?2" : " and f.year = ?3");
        Object[] params = regionCode == null ? (y == null ? new Object[] {PublicationStatus.PUBLISHED} : new Object[] {PublicationStatus.PUBLISHED, y})
                : (y == null ? new Object[] {PublicationStatus.PUBLISHED, regionCode} : new Object[] {PublicationStatus.PUBLISHED, regionCode, y});
        List<String[]> rows = new ArrayList<>();
        Target.<Target>list("from Target f where " + where + " order by f.regionCode, f.year, f.indicatorKey, f.adoptedOn, f.id", params)
                .forEach(t -> rows.add(target(t)));
        Actual.<Actual>list("from Actual f where " + where + " order by f.regionCode, f.year, f.indicatorKey, f.publishedOn, f.id", params)
                .forEach(a -> rows.add(outcome(a)));
        return FigureCsv.write(rows);
    }

    private static String[] target(Target t) {
        String[] row = common(t, ImportRow.Kind.TARGET);
        row[Column.TOLERANCE.ordinal()] = number(t.tolerance);
        row[Column.STRETCH_VALUE.ordinal()] = number(t.stretchValue);
        row[Column.BASE_YEAR.ordinal()] = t.baseYear == null ? null : String.valueOf(t.baseYear);
        row[Column.BASE_VALUE.ordinal()] = number(t.baseValue);
        row[Column.WORDING.ordinal()] = t.wording;
        row[Column.DATE.ordinal()] = String.valueOf(t.adoptedOn);
        return row;
    }

    private static String[] outcome(Actual a) {
        String[] row = common(a, ImportRow.Kind.OUTCOME);
        row[Column.VINTAGE.ordinal()] = RowValidator.LABELS.get(a.vintage);
        row[Column.DATE.ordinal()] = String.valueOf(a.publishedOn);
        row[Column.NOTE.ordinal()] = a.note;
        return row;
    }

    private static String[] common(Figure f, ImportRow.Kind kind) {
        String[] row = new String[Column.values().length];
        row[Column.KIND.ordinal()] = RowValidator.LABELS.get(kind);
        row[Column.REGION.ordinal()] = f.regionCode;
        row[Column.INDICATOR.ordinal()] = f.indicatorKey;
        row[Column.YEAR.ordinal()] = String.valueOf(f.year);
        row[Column.COMPARATOR.ordinal()] = RowValidator.LABELS.get(f.comparator);
        row[Column.VALUE.ordinal()] = number(f.value);
        row[Column.VALUE_HIGH.ordinal()] = number(f.valueHigh);
        row[Column.REF_INDICATOR.ordinal()] = f.refIndicatorKey;
        row[Column.RELATION.ordinal()] = f.relation == null ? null : RowValidator.LABELS.get(f.relation);
        row[Column.BASIS.ordinal()] = f.basis == null ? null : RowValidator.LABELS.get(f.basis);
        row[Column.SOURCE.ordinal()] = f.source == null ? null : String.valueOf(f.source.id);
        row[Column.QUOTE.ordinal()] = f.quote;
        return row;
    }

    private static String number(BigDecimal d) {
        return d == null ? null : ImportRow.num(d).toPlainString();
    }
}
