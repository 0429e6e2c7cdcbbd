#!/usr/bin/env python3
"""Writes the same N figures twice: as an import file (the template's Chinese columns, UTF-8) and as tab-separated
files in the tables' own column order for psql \\copy. Half targets, half outcomes, on the demo data's regions and
indicators; every row has its own natural key. Usage: make-import-file.py ROWS OUTDIR"""
import csv
import os
import random
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "."
random.seed(20250101)

regions = ["CN", "230000", "230700"]
indicators = [
    "gdp_growth", "industrial_value_added_growth", "fixed_asset_investment_growth", "retail_sales_growth",
    "foreign_trade_growth", "fdi_growth", "fiscal_revenue_growth", "resident_income_growth", "urban_income_growth",
    "rural_income_growth", "cpi_growth", "surveyed_unemployment", "grain_output", "energy_intensity_change",
    "forest_coverage", "good_air_days_ratio", "tourism_revenue_growth", "rd_intensity", "urbanization_rate",
]
comparators = [("around", "左右"), ("gte", "以上"), ("lte", "以内"), ("eq", "等于")]
vintages = [("estimate", "预计"), ("preliminary", "初步核算"), ("final", "最终核实"), ("revised", "修订")]

header = ["类型", "地区代码", "指标", "年份", "发布阶段", "比较方式", "数值", "上限", "参照指标", "关系", "口径", "容差",
          "力争值", "基期年份", "基期数值", "表述", "日期", "来源", "原文", "备注"]

with open(os.path.join(out, f"import-{rows}.csv"), "w", newline="", encoding="utf-8") as f_imp, \
        open(os.path.join(out, f"targets-{rows}.tsv"), "w", encoding="utf-8") as f_t, \
        open(os.path.join(out, f"actuals-{rows}.tsv"), "w", encoding="utf-8") as f_a:
    w = csv.writer(f_imp, lineterminator="\r\n")
    w.writerow(header)
    # Years the demo data does not use, so no generated figure collides with a demo one.
    keys = [(r, i, y) for r in regions for i in indicators for y in range(1950, 2101) if not 2015 <= y <= 2026]
    random.shuffle(keys)
    for n in range(rows):
        region, indicator, year = keys[n // 20 % len(keys)]
        k = n % 20  # 20 figures per (region, indicator, year): distinct dates (and vintages)
        value = f"{random.randint(-50, 150) / 10:.1f}"
        code, word = comparators[n % len(comparators)]
        if n % 2 == 0:
            date = f"{year}-{1 + k // 2:02d}-{1 + k % 28:02d}"
            wording = f"增长{value}%{word}"
            quote = f"{year}年目标：{wording}"
            w.writerow(["目标", region, indicator, year, "", word, value, "", "", "", "", "", "", "", "", wording, date, "",
                        quote, ""])
            f_t.write("\t".join([region, indicator, str(year), code, value, wording, quote, date, "published"]) + "\n")
        else:
            vcode, vword = vintages[k % 4]
            date = f"{year + 1}-{1 + k // 2:02d}-{1 + k % 28:02d}"
            note = "初步核算，同比" if k % 3 == 0 else ""
            w.writerow(["结果", region, indicator, year, vword, word, value, "", "", "", "", "", "", "", "", "", date, "",
                        "", note])
            f_a.write("\t".join([region, indicator, str(year), vcode, code, value, date, note or "\\N", "published"]) + "\n")
print(f"wrote {rows} rows to {out}")
