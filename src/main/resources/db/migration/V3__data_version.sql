-- One number that every write to published data bumps, in the same transaction. Response caches and ETags are
-- keyed by it, so they are correct across replicas; NOTIFY tells every replica at commit.
create table data_version (
    id      integer primary key default 1 check (id = 1),
    version bigint  not null
);
insert into data_version (id, version) values (1, 1);

create function bump_data_version() returns trigger
    language plpgsql as
$$
declare
    next_version bigint;
begin
    update data_version set version = version + 1 where id = 1 returning version into next_version;
    perform pg_notify('data_version', next_version::text);
    return null;
end;
$$;

create trigger region_bumps_version after insert or update or delete or truncate on region
    for each statement execute function bump_data_version();
create trigger indicator_bumps_version after insert or update or delete or truncate on indicator
    for each statement execute function bump_data_version();
create trigger indicator_alias_bumps_version after insert or update or delete or truncate on indicator_alias
    for each statement execute function bump_data_version();
create trigger source_document_bumps_version after insert or update or delete or truncate on source_document
    for each statement execute function bump_data_version();
create trigger target_bumps_version after insert or update or delete or truncate on target
    for each statement execute function bump_data_version();
create trigger actual_bumps_version after insert or update or delete or truncate on actual
    for each statement execute function bump_data_version();
create trigger assessment_bumps_version after insert or update or delete or truncate on assessment
    for each statement execute function bump_data_version();

-- Cross-region reads (compare-regions at national scale) look up one indicator and year across all regions.
create index actual_indicator_year_idx on actual (indicator_key, year);
create index target_indicator_year_idx on target (indicator_key, year);
