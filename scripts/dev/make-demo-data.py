#!/usr/bin/env python3
"""Regenerates src/main/resources/demo/*.csv from ../shared/data (the verified national figures and the key of
the Yichun 2023 work report). Run from the project root: python3 scripts/dev/make-demo-data.py [shared-data-dir]
The output is committed; the application never reads ../shared."""
import csv, sys, os

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
OUT = 'src/main/resources/demo'

# Indicators the Yichun report uses beyond the starting catalogue: key, zh, en, unit, category, direction, kind, tolerance
EXTRA = [
    ('forest_chiefs', '四级林长', 'Forest chiefs appointed (four levels)', '名', 'ecology', 'higher', 'count', '0', ''),
    ('river_chiefs', '四级河长', 'River chiefs appointed (four levels)', '名', 'ecology', 'higher', 'count', '0', ''),
    ('field_chiefs', '田长', 'Field chiefs appointed', '名', 'agriculture', 'higher', 'count', '0', ''),
    ('environmental_inspection_tasks_completed', '中央环保督察整改年度任务完成', 'Central environmental inspection rectification tasks completed', '项', 'ecology', 'higher', 'count', '0', '环保督察整改任务'),
    ('ecological_bank_projects', '生态银行转化项目', 'Ecological bank conversion projects planned', '个', 'ecology', 'higher', 'count', '5', '转化项目'),
    ('forestry_group_credit_projects', '森工集团获得授信项目', 'Forestry group projects granted credit', '个', 'finance', 'higher', 'count', '0', ''),
    ('forestry_group_credit_amount', '森工集团项目授信贷款', 'Credit granted to forestry group projects', '亿元', 'finance', 'higher', 'level', '5', '授信贷款'),
    ('forest_concession_loan', '森林资源特许经营权转让项目贷款', 'Loan approved for forest concession transfer project', '亿元', 'finance', 'higher', 'level', '5', ''),
    ('forest_concession_first_disbursement', '首笔贷款投放', 'First loan tranche disbursed', '亿元', 'finance', 'higher', 'level', '5', '首笔投放'),
    ('investment_attraction_projects', '新建续建招商引资项目', 'Investment-attraction projects under construction', '个', 'investment', 'higher', 'count', '5', '招商引资项目'),
    ('investment_attraction_funds', '招商引资到位资金', 'Investment-attraction funds received', '亿元', 'investment', 'higher', 'level', '5', '到位资金'),
    ('key_projects', '重点项目数', 'Key projects', '个', 'investment', 'higher', 'count', '5', '重点项目'),
    ('key_project_completion_rate', '重点项目投资完成率', 'Key-project investment completion rate', '%', 'investment', 'higher', 'share', '1', '投资完成率'),
    ('herb_seed_bases', '中药材良种繁育基地', 'New medicinal-herb seed breeding bases', '个', 'agriculture', 'higher', 'count', '0', '中药材良种繁育基地'),
    ('bioeconomy_projects_signed', '生物经济项目签约落地', 'Bio-economy projects signed', '个', 'industry', 'higher', 'count', '0', '生物经济项目'),
    ('provincial_key_rd_projects', '省重点研发项目', 'Provincial key R&D projects', '个', 'innovation', 'higher', 'count', '0', ''),
    ('urban_upgrade_investment', '城市建设投入', 'Urban upgrade investment', '亿元', 'urban', 'higher', 'level', '5', '城市更新投入'),
    ('roads_upgraded', '升级改造中心城区道路', 'Central-city roads upgraded', '条', 'urban', 'higher', 'count', '0', '改造道路'),
    ('heating_network_upgraded', '改造供热管网', 'Heating pipe network upgraded', '公里', 'urban', 'higher', 'level', '5', '供热管网'),
    ('old_compounds_renovated', '改造老旧小区', 'Old residential compounds renovated', '个', 'urban', 'higher', 'count', '5', '老旧小区改造'),
    ('urban_green_coverage', '城区绿化覆盖率', 'Urban green coverage', '%', 'ecology', 'higher', 'share', '0.5', '建成区绿化覆盖率'),
    ('village_green_coverage', '村庄绿化覆盖率', 'Village green coverage', '%', 'ecology', 'higher', 'share', '0.5', ''),
    ('model_villages', '示范村(场)', 'Model villages and forest farms', '个', 'rural', 'higher', 'count', '0', '示范村'),
    ('model_village_investment', '示范村(场)投资', 'Model village investment', '亿元', 'rural', 'higher', 'level', '5', ''),
    ('roads_paved_area', '硬化道路', 'Roads paved', '万平方米', 'rural', 'higher', 'level', '5', ''),
    ('fences_built', '栅栏', 'Fences built', '万延长米', 'rural', 'higher', 'level', '5', ''),
    ('street_lamps_installed', '路灯', 'Street lamps installed', '基', 'rural', 'higher', 'count', '5', ''),
    ('social_assistance_funds', '救助资金', 'Social assistance funds', '亿元', 'livelihood', 'higher', 'level', '5', ''),
    ('people_in_hardship_supported', '保障困难群众', 'People in hardship supported', '万名', 'livelihood', 'higher', 'level', '5', '困难群众'),
    ('assistance_standard_consecutive_increases', '救助保障标准连续提高', 'Consecutive yearly increases of the assistance standard', '年', 'livelihood', 'higher', 'count', '0', '连增'),
    ('public_job_insurance_subsidies', '公益性岗位社会保险补贴', 'Social-insurance subsidies for public-welfare jobs', '万元', 'employment', 'higher', 'level', '5', ''),
    ('public_job_subsidies', '公益性岗位补贴', 'Public-welfare job subsidies', '万元', 'employment', 'higher', 'level', '5', ''),
    ('temporary_price_subsidies', '价格临时补贴', 'Temporary price subsidies paid', '万元', 'livelihood', 'higher', 'level', '5', ''),
    ('price_subsidy_recipients', '价格临时补贴惠及', 'People reached by price subsidies', '万人次', 'livelihood', 'higher', 'level', '5', ''),
    ('funeral_fee_waivers', '殡葬基本服务费减免', 'Funeral basic service fees waived', '万元', 'livelihood', 'higher', 'level', '5', ''),
    ('new_county_tcm_hospitals', '新设县中医院', 'Counties with a new hospital of traditional Chinese medicine', '县', 'health', 'higher', 'count', '0', '县中医院'),
    ('specialist_medical_alliances', '专科医联体', 'Specialist medical alliances', '个', 'health', 'higher', 'count', '0', ''),
    ('urban_medical_alliances', '城市医联体', 'Urban medical alliances', '个', 'health', 'higher', 'count', '0', ''),
    ('urban_rural_medical_alliances', '城乡医联体', 'Urban-rural medical alliances', '个', 'health', 'higher', 'count', '0', ''),
    ('medical_insurance_enrolment', '医保参保人数', 'People covered by medical insurance', '万人', 'health', 'higher', 'level', '2', '参保人数'),
    ('talent_recruited', '引进人才', 'Talent recruited', '名', 'innovation', 'higher', 'count', '5', '引进各类人才'),
    ('business_environment_measures', '营商环境政策措施', 'Business-environment measures issued', '个', 'governance', 'higher', 'count', '5', '政策措施'),
    ('business_environment_innovations', '营商环境创新举措', 'Business-environment innovations', '项', 'governance', 'higher', 'count', '5', '创新举措'),
    ('online_government_services_rate', '政务服务事项网办率', 'Share of government services available online', '%', 'governance', 'higher', 'share', '1', '网办率'),
]

def rows(name):
    with open(os.path.join(SHARED, name), encoding='utf-8') as f:
        return list(csv.DictReader(f))

def write(name, header, data):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(data)

catalogue = rows('indicator-catalogue.csv')
cols = ['key', 'name_zh', 'name_en', 'unit', 'category', 'direction', 'value_kind', 'default_tolerance', 'aliases']
indicators = [[r[c].rstrip('%') if c == 'default_tolerance' else r[c] for c in cols] for r in catalogue]
indicators += [list(e) for e in EXTRA]
write('indicators.csv', cols, indicators)
by_name = {}
for r in indicators:
    by_name[r[1]] = r[0]
    for a in r[8].split('|'):
        if a:
            by_name.setdefault(a, r[0])

write('regions.csv', ['code', 'name_zh', 'name_en', 'level', 'parent'], [
    ['CN', '全国', 'China', 'country', ''],
    ['230000', '黑龙江省', 'Heilongjiang', 'province', 'CN'],
    ['230700', '伊春市', 'Yichun', 'prefecture', '230000'],
])

# --- sources
sources, source_key = [], {}
def source(title, published, region, body, kind):
    k = (title, published)
    if k not in source_key:
        source_key[k] = 's%d' % (len(sources) + 1)
        sources.append([source_key[k], title, body, region, published, kind, ''])
    return source_key[k]

def body_of(title):
    if '国务院' in title: return '国务院'
    if '人力资源' in title: return '人力资源和社会保障部'
    return '国家统计局'

yichun = source('伊春市2023年政府工作报告', '2023-01-03', '230700', '伊春市人民政府', 'work_report')

WORDING = {'around': '{v}{u}左右', 'gte': '{v}{u}以上', 'lte': '{v}{u}以内', 'range': '{v}{u}-{h}{u}', 'eq': '{v}{u}'}
def num(x):
    return x[:-2] if x.endswith('.0') else x

targets, actuals = [], []
for r in rows('national-targets-actuals.csv'):
    title = r['source']
    if title == '国家统计局粮食产量公告':
        title = '国家统计局关于%s年粮食产量数据的公告' % r['year']
    kind = 'work_report' if '政府工作报告' in title else 'statistical_bulletin'
    sid = source(title, r['published'], 'CN', body_of(title), kind)
    unit = r['unit']
    if r['kind'] == 'target':
        if r['comparator'] == 'qualitative':
            wording = '未提出全年经济增速具体目标'
        elif r['indicator_key'] == 'grain_output':
            wording = r['note']
        else:
            prefix = '增长' if r['indicator_key'] == 'gdp_growth' else ''
            wording = prefix + WORDING[r['comparator']].format(v=num(r['value']), h=num(r['value_high']), u=unit)
        quote = r['note'] if r['note'].startswith('全年') else ''
        targets.append(['CN', r['indicator_key'], r['year'], r['comparator'], r['value'], r['value_high'], '', '', '', '',
                        wording, sid, quote, r['published']])
    else:
        note = r['note']
        basis = ''
        if r['indicator_key'] == 'surveyed_unemployment':
            basis = 'annual_average' if 'full-year average' in note and 'not at hand' not in note else 'year_end'
        actuals.append(['CN', r['indicator_key'], r['year'], r['vintage'], r['comparator'], r['value'], r['value_high'],
                        '', '', basis, r['published'], sid, '', note])

# Names in the key that are phrased differently from the catalogue
by_name.update({'产业项目签约额': 'signed_contract_value', '粮食连续丰收': 'consecutive_good_harvests',
                '未发生重大森林火灾': 'major_forest_fire_free_years'})
for r in rows('yichun-2023-report-key.csv'):
    key = by_name[r['indicator_zh']]
    comparator, value, ref, relation = r['comparator'], r['value'], '', ''
    if comparator == 'relative':
        ref, relation, value = by_name[r['value']], 'above', ''
    vintage = 'estimate' if r['status'] == 'estimate' else 'preliminary'
    actuals.append(['230700', key, r['year'], vintage, comparator, value, r['value_high'], ref, relation, '',
                    '2023-01-03', yichun, r['quote'], ''])

write('sources.csv', ['key', 'title', 'issuing_body', 'region', 'published_on', 'kind', 'url'], sources)
write('targets.csv', ['region', 'indicator', 'year', 'comparator', 'value', 'value_high', 'ref_indicator', 'relation',
                      'tolerance', 'stretch_value', 'wording', 'source', 'quote', 'adopted_on'], targets)
write('actuals.csv', ['region', 'indicator', 'year', 'vintage', 'comparator', 'value', 'value_high', 'ref_indicator',
                      'relation', 'basis', 'published_on', 'source', 'quote', 'note'], actuals)
print(len(indicators), 'indicators', len(sources), 'sources', len(targets), 'targets', len(actuals), 'actuals')
