-- The planners' workspace: region limits for editors, browser sessions that every replica can end, and
-- throttling of failed sign-ins shared by all replicas. See docs/planners.md and docs/adr/0002-browser-sessions.md.

-- One account per user name whatever its case: "Admin" signs in as "admin".
create unique index app_user_username_lower_idx on app_user (lower(username));

-- An editor limited to regions may change figures of these regions and of the regions below them. An editor with
-- no row here may change every region. A region an editor is limited to cannot be deleted (no cascade): deleting it
-- would silently widen the editor's rights.
create table app_user_region (
    user_id     bigint      not null references app_user (id) on delete cascade,
    region_code varchar(16) not null references region (code),
    primary key (user_id, region_code)
);
create index app_user_region_region_idx on app_user_region (region_code);

-- Browser sessions. The cookie carries a random token, encrypted with the session key all replicas share; this table
-- keeps only the token's SHA-256, so reading it gives nobody a usable cookie. A request with a cookie whose row is gone
-- is anonymous: deleting rows (sign-out, disabling an account, a password reset) ends those sessions on every replica.
create table user_session (
    token_hash     varchar(64) primary key,
    user_id        bigint not null references app_user (id) on delete cascade,
    created_at     timestamptz not null default now(),
    client_address varchar(64),
    user_agent     varchar(300)
);
create index user_session_user_idx on user_session (user_id);
create index user_session_created_idx on user_session (created_at);

-- Failed sign-ins per (account name as typed, lower-cased; client address). Once a pair has a failure, each further
-- attempt is counted before its password is checked, so parallel guesses cannot slip past the limit; a successful
-- sign-in deletes the row. See account.SignInThrottle.
create table sign_in_throttle (
    account_key     varchar(100) not null,
    client_address  varchar(64)  not null,
    failures        integer      not null check (failures > 0),
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (account_key, client_address)
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
