-- Sessions opened through the identity provider: signing out of one also sends the browser to the provider's
-- sign-out page, so a shared computer is not left signed in there.
alter table user_session add column single_sign_on boolean not null default false;
