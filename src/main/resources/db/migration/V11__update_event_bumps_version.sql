-- The public update list (/api/v1/updates) is answered from the response cache per data version. A new update
-- event is new public data, so recording one bumps the version like a figure edit does. Webhook bookkeeping
-- (updates of the webhook_* columns) is not public and does not.
create trigger update_event_bumps_version after insert or delete or truncate on update_event
    for each statement execute function bump_data_version();
