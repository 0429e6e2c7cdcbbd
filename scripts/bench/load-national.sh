#!/usr/bin/env bash
# Loads the generated national dataset into a database whose schema the application has already created
# (start the app once against it). usage: load-national.sh DATA_DIR PSQL_CONNINFO
set -euo pipefail
dir=$1; db=$2
psql "$db" -v ON_ERROR_STOP=1 <<SQL
\timing on
begin;
truncate assessment, actual, target, source_document, indicator_alias, indicator, region cascade;
\copy indicator (key, name_zh, name_en, unit, category, direction, value_kind, default_tolerance) from '$dir/indicator.csv' csv
\copy region (code, name_zh, name_en, level, parent_code) from '$dir/region.csv' csv
\copy source_document (id, title, issuing_body, region_code, published_on, kind) from '$dir/source_document.csv' csv
\copy target (region_code, indicator_key, year, comparator, value, value_high, adopted_on, source_id, status) from '$dir/target.csv' csv
\copy actual (region_code, indicator_key, year, vintage, comparator, value, published_on, source_id, status) from '$dir/actual.csv' csv
commit;
analyze;
select (select count(*) from region) regions, (select count(*) from target) targets, (select count(*) from actual) actuals;
SQL
