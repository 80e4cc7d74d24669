-- Short-lived API tokens (bearer). Only the SHA-256 hash of a token is stored, so that a copy of the
-- table gives no usable token. A token is valid while it has not expired and its account is enabled
-- and still at the version it had when the token was issued: any change an administrator makes to
-- the account (roles, units, password, enabled) ends its tokens.
create table api_token (
    token_hash      varchar(64)              primary key,
    user_id         uuid                     not null references user_account (id),
    account_version bigint                   not null,
    issued_at       timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);

create index api_token_user_idx on api_token (user_id);
create index api_token_expiry_idx on api_token (expires_at);
