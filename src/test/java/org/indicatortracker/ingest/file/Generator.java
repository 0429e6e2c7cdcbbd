package org.indicatortracker.ingest.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.indicatortracker.ingest.file.Sheets.G;
import org.indicatortracker.ingest.file.Sheets.Grid;

/**
 * Seeded generator of valid import sheets: targets and outcomes of every comparator, Chinese and English words,
 * names instead of codes, numbers with % and thousands separators, dates in several spellings, quotes with
 * commas and quotation marks. Every generated sheet must parse without an error.
 */
final class Generator {

    private static final String[] REGIONS = {"CN", "230000", "230700", "伊春市", "全国", "cn"};
    private static final String[] INDICATORS = {"gdp_growth", "cpi_growth", "retail_sales_growth", "grain_output",
            "surveyed_unemployment", "国内生产总值增长", "CPI", "粮食产量", "失业率", "GDP growth"};
    private static final String[] TEXT = {"增长5%左右", "“稳中求进”，再上台阶", "控制在5.5%以内", "确保完成, 力争更好",
            "He said \"about 5%\"", "居民收入增长和经济增长同步", "比上年下降1.2%", "（初步核算）"};
    private static final String[] SOURCES = {"", "", "1", "2", "2024年国务院政府工作报告"};

    private final Random random;
    private final boolean xlsxCells;

    /** @param xlsxCells also generate typed cells (numbers, percents, dates) as an .xlsx would hold them */
    Generator(long seed, boolean xlsxCells) {
        this.random = new Random(seed);
        this.xlsxCells = xlsxCells;
    }

    Random random() {
        return random;
    }

    Grid sheet(int rows) {
        List<String[]> raw = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            raw.add(row(2000 + i));
        }
        Grid grid = Sheets.grid(raw);
        if (xlsxCells) {
            for (List<G> row : grid.rows()) {
                if (row.get(grid.column(Column.YEAR)).text().matches("\\d+") && random.nextBoolean()) {
                    typed(row, grid.column(Column.YEAR), G.Type.NUMBER);
                }
                G value = row.get(grid.column(Column.VALUE));
                if (!value.text().isEmpty() && !value.text().contains("%") && !value.text().contains(",") && random.nextInt(3) == 0) {
                    row.set(grid.column(Column.VALUE), new G(value.text(), random.nextBoolean() ? G.Type.NUMBER : G.Type.PERCENT));
                }
                G date = row.get(grid.column(Column.DATE));
                if (date.text().matches("\\d{4}-\\d{2}-\\d{2}") && random.nextBoolean()) {
                    row.set(grid.column(Column.DATE), new G(date.text(), G.Type.DATE));
                }
            }
        }
        return grid;
    }

    private static void typed(List<G> row, int column, G.Type type) {
        row.set(column, new G(row.get(column).text(), type));
    }

    /** One valid row; {@code year} makes every row's natural key unique. */
    private String[] row(int year) {
        String[] c = new String[Column.values().length];
        boolean target = random.nextBoolean();
        set(c, Column.KIND, pick(target ? new String[] {"目标", "target", "TARGET"} : new String[] {"结果", "实际", "outcome", "actual"}));
        set(c, Column.REGION, pick(REGIONS));
        set(c, Column.INDICATOR, pick(INDICATORS));
        set(c, Column.YEAR, random.nextInt(5) == 0 ? year + "年" : String.valueOf(year));
        String comparator = target ? pick(new String[] {"左右", "以上", "以内", "区间", "等于", "相对", "定性", "around", "gte", "range"})
                : pick(new String[] {"", "", "等于", "eq", "以上", "左右"});
        set(c, Column.COMPARATOR, comparator);
        boolean relative = comparator.equals("相对");
        boolean qualitative = comparator.equals("定性");
        if (!relative && !qualitative) {
            String value = number();
            set(c, Column.VALUE, value);
            if (comparator.equals("区间") || comparator.equals("range")) {
                set(c, Column.VALUE_HIGH, "100000");
            }
        }
        if (relative) {
            set(c, Column.REF_INDICATOR, "gdp_growth");
            set(c, Column.RELATION, pick(new String[] {"高于", "同步", "above", "in_step"}));
        }
        if (random.nextInt(4) == 0) {
            set(c, Column.BASIS, pick(new String[] {"名义", "实际", "年末", "real", "annual_average"}));
        }
        if (target) {
            if (random.nextInt(4) == 0) {
                set(c, Column.TOLERANCE, pick(new String[] {"0.5", "1", "0.25"}));
            }
            if (random.nextInt(4) == 0) {
                set(c, Column.STRETCH_VALUE, number());
            }
            if (random.nextInt(5) == 0) {
                set(c, Column.BASE_YEAR, String.valueOf(year - 1 - random.nextInt(5)));
                set(c, Column.BASE_VALUE, number());
            }
            if (random.nextBoolean()) {
                set(c, Column.WORDING, pick(TEXT));
            }
        } else {
            set(c, Column.VINTAGE, pick(new String[] {"预计", "初步核算", "最终核实", "修订", "final", "preliminary"}));
            if (random.nextInt(3) == 0) {
                set(c, Column.NOTE, pick(TEXT));
            }
        }
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        set(c, Column.DATE, switch (random.nextInt(4)) {
            case 0 -> String.format("%d/%d/%d", year + 1, month, day);
            case 1 -> String.format("%d年%d月%d日", year + 1, month, day);
            default -> String.format("%d-%02d-%02d", year + 1, month, day);
        });
        set(c, Column.SOURCE, pick(SOURCES));
        if (random.nextBoolean()) {
            set(c, Column.QUOTE, pick(TEXT));
        }
        return c;
    }

    private String number() {
        return switch (random.nextInt(6)) {
            case 0 -> String.valueOf(random.nextInt(20));
            case 1 -> (random.nextInt(200) - 100) / 10.0 + "";
            case 2 -> (random.nextInt(100)) / 10.0 + "%";
            case 3 -> String.format(java.util.Locale.ROOT, "%,d", 1000 + random.nextInt(90000));
            case 4 -> String.valueOf(random.nextInt(20) / 4.0);
            default -> String.valueOf(random.nextInt(1000));
        };
    }

    private static void set(String[] c, Column column, String value) {
        c[column.ordinal()] = value;
    }

    String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
