-- Anonymous experience surveys (PRODUCT.md capability 13; ADR 0036). A round of a versioned questionnaire
-- (survey/<who>-v<n>.json) at one unit, open from one date to another, answered through a public link whose key
-- is unguessable. Answers are stored without anything that could tell who gave them: no account, no address,
-- no browser, no time or date (the round's dates place them), no link to any course, and no link to the
-- single-use code they were given with (a code is deleted when it is used).
create table survey_round (
    id                    uuid                     primary key,
    unit_id               uuid                     not null references org_unit (id),
    questionnaire         varchar(30)              not null,
    questionnaire_version integer                  not null,
    opens_on              date                     not null,
    closes_on             date                     not null,
    closed_on             date,
    public_key            varchar(40)              not null,
    codes_required        boolean                  not null,
    opened_by             uuid                     references user_account (id),
    opened_by_name        varchar(200)             not null,
    opened_at             timestamp with time zone not null,
    constraint survey_round_key unique (public_key),
    constraint survey_round_dates check (opens_on <= closes_on)
);

create index survey_round_unit_idx on survey_round (unit_id, opens_on);

-- The single-use codes not yet used, as SHA-256 of the code: using a code deletes its row.
create table survey_code (
    round_id  uuid        not null references survey_round (id),
    code_hash varchar(64) not null,
    primary key (round_id, code_hash)
);

-- One answered questionnaire: only the round it belongs to. Its id is random.
create table survey_response (
    id       uuid primary key,
    round_id uuid not null references survey_round (id)
);

create index survey_response_round_idx on survey_response (round_id);

-- The answers of a response by item id: a choice's value, or a free text (checked for national ids).
create table survey_answer (
    response_id uuid          not null references survey_response (id),
    item_id     varchar(40)   not null,
    choice      varchar(40),
    free_text   varchar(2000),
    primary key (response_id, item_id)
);
