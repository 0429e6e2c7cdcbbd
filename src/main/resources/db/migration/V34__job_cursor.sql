-- Where a job that works in steps stopped (the revision watch walks the regions in order and continues from here
-- on its next run when one run's time budget was not enough for all of them).
create table job_cursor (
    job        varchar(64) primary key,
    position   varchar(64) not null,
    updated_at timestamptz not null default now()
);
