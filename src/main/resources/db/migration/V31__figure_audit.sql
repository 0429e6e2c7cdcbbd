-- Audit trail of targets and outcomes (docs/architecture.md, "Audit trail").
-- Statement-level triggers with transition tables write one row per changed figure, whoever wrote it: the API
-- through Hibernate, a set-based import (COPY, UPDATE ... FROM), an extraction commit or psql. Who and how come
-- from transaction-local settings the application sets (set_config(..., true)); without them the database user
-- is recorded, so nothing escapes the trail.

create table figure_audit (
    id          bigint generated always as identity primary key,
    figure_kind varchar(8)   not null check (figure_kind in ('target', 'actual')),
    figure_id   bigint       not null,
    action      varchar(8)   not null check (action in ('insert', 'update', 'delete')),
    changed_at  timestamptz  not null default now(),
    actor       varchar(100) not null,
    via         varchar(32)  not null,
    ref         varchar(200),
    -- insert: the new row; delete: the old row; update: only the fields that changed, before and after.
    old_values  jsonb,
    new_values  jsonb
);
create index figure_audit_figure_idx on figure_audit (figure_kind, figure_id, id);

create function figure_audit_context(out actor text, out via text, out ref text) language sql stable as $$
    select coalesce(nullif(current_setting('indicators.actor', true), ''), 'db:' || session_user),
           coalesce(nullif(current_setting('indicators.via', true), ''), 'sql'),
           nullif(current_setting('indicators.ref', true), '')
$$;

create function figure_audit_insert() returns trigger language plpgsql as $$
declare ctx record := figure_audit_context();
begin
    insert into figure_audit (figure_kind, figure_id, action, actor, via, ref, new_values)
    select tg_argv[0], n.id, 'insert', ctx.actor, ctx.via, ctx.ref,
           jsonb_strip_nulls(to_jsonb(n) - 'id' - 'version' - 'created_at' - 'updated_at')
    from new_rows n;
    return null;
end
$$;

create function figure_audit_update() returns trigger language plpgsql as $$
declare ctx record := figure_audit_context();
begin
    insert into figure_audit (figure_kind, figure_id, action, actor, via, ref, old_values, new_values)
    select tg_argv[0], j.id, 'update', ctx.actor, ctx.via, ctx.ref, d.old_values, d.new_values
    from (select n.id,
                 to_jsonb(o) - 'version' - 'created_at' - 'updated_at' as o,
                 to_jsonb(n) - 'version' - 'created_at' - 'updated_at' as n
          from old_rows o join new_rows n on n.id = o.id) j
    cross join lateral (
        select jsonb_object_agg(e.key, j.o -> e.key) as old_values, jsonb_object_agg(e.key, e.value) as new_values
        from jsonb_each(j.n) e
        where (j.o -> e.key) is distinct from e.value) d
    where d.new_values is not null;
    return null;
end
$$;

create function figure_audit_delete() returns trigger language plpgsql as $$
declare ctx record := figure_audit_context();
begin
    insert into figure_audit (figure_kind, figure_id, action, actor, via, ref, old_values)
    select tg_argv[0], o.id, 'delete', ctx.actor, ctx.via, ctx.ref,
           jsonb_strip_nulls(to_jsonb(o) - 'id' - 'version' - 'created_at' - 'updated_at')
    from old_rows o;
    return null;
end
$$;

-- Transition tables need one trigger per event.
create trigger target_audit_insert after insert on target referencing new table as new_rows
    for each statement execute function figure_audit_insert('target');
create trigger target_audit_update after update on target referencing old table as old_rows new table as new_rows
    for each statement execute function figure_audit_update('target');
create trigger target_audit_delete after delete on target referencing old table as old_rows
    for each statement execute function figure_audit_delete('target');
create trigger actual_audit_insert after insert on actual referencing new table as new_rows
    for each statement execute function figure_audit_insert('actual');
create trigger actual_audit_update after update on actual referencing old table as old_rows new table as new_rows
    for each statement execute function figure_audit_update('actual');
create trigger actual_audit_delete after delete on actual referencing old table as old_rows
    for each statement execute function figure_audit_delete('actual');
