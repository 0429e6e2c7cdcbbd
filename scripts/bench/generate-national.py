#!/usr/bin/env python3
"""Writes a national-scale dataset as COPY-ready CSV files: about 3,000 regions x 40 indicators x 25 years,
targets plus two vintages of outcomes (about 9 million facts). Deterministic (seeded).

usage: generate-national.py OUT_DIR [--regions 3000] [--years 25] [--indicators 40]
"""
import argparse, csv, os, random

p = argparse.ArgumentParser()
p.add_argument('out')
p.add_argument('--regions', type=int, default=3000)
p.add_argument('--years', type=int, default=25)
p.add_argument('--indicators', type=int, default=40)
a = p.parse_args()
os.makedirs(a.out, exist_ok=True)
rnd = random.Random(20260301)

here = os.path.dirname(os.path.abspath(__file__))
catalogue = os.path.join(here, '..', '..', 'src', 'main', 'resources', 'demo', 'indicators.csv')
with open(catalogue, encoding='utf-8') as f:
    indicators = list(csv.DictReader(f))[:a.indicators]

def w(name):
    return csv.writer(open(os.path.join(a.out, name), 'w', encoding='utf-8', newline=''), lineterminator='\n')

ind = w('indicator.csv')
for i in indicators:
    ind.writerow([i['key'], i['name_zh'], i['name_en'], i['unit'], i['category'], i['direction'], i['value_kind'], i['default_tolerance']])

reg = w('region.csv')
reg.writerow(['CN', '全国', 'China', 'country', ''])
provinces = [f'{p:02d}0000' for p in range(11, 11 + 31)]
for code in provinces:
    reg.writerow([code, f'省{code}', f'Province {code}', 'province', 'CN'])
codes = []
n = 0
while len(codes) < a.regions - 1 - len(provinces):
    prov = provinces[n % len(provinces)]
    codes.append((prov, prov[:2] + f'{(n // len(provinces)) + 1:04d}'))
    n += 1
for parent, code in codes:
    reg.writerow([code, f'地区{code}', f'Region {code}', 'prefecture', parent])
all_regions = ['CN'] + provinces + [c for _, c in codes]

src = w('source_document.csv')
src.writerow([1, '基准测试工作报告', '基准测试', 'CN', '2000-03-05', 'work_report'])
src.writerow([2, '基准测试统计公报', '基准测试', 'CN', '2000-02-28', 'statistical_bulletin'])

tgt = w('target.csv')
act = w('actual.csv')
first_year = 2026 - a.years
facts = 0
for region in all_regions:
    for i in indicators:
        rate = i['value_kind'] in ('growth_rate', 'share')
        base = rnd.uniform(2, 9) if rate else rnd.uniform(100, 5000)
        for y in range(first_year, 2026):
            target = round(base + rnd.uniform(-1, 1), 1) if rate else round(base * (1 + 0.05 * (y - first_year)), 1)
            comparator = rnd.choice(['around', 'around', 'gte', 'lte', 'range'])
            high = round(target + 0.5, 1) if comparator == 'range' else ''
            tgt.writerow([region, i['key'], y, comparator, target, high, f'{y}-03-05', 1, 'published'])
            outcome = round(target + rnd.gauss(0, 0.8 if rate else target * 0.03), 1)
            act.writerow([region, i['key'], y, 'preliminary', 'eq', outcome, f'{y + 1}-02-28', 2, 'published'])
            act.writerow([region, i['key'], y, 'final', 'eq', round(outcome + rnd.choice([-0.1, 0, 0, 0.1, 0.2]), 1),
                          f'{y + 1}-12-28', 2, 'published'])
            facts += 3
print(f'{len(all_regions)} regions, {len(indicators)} indicators, {a.years} years: {facts} facts')
