-- The user account of a staff member (at most one each way), the staff member who held a registration
-- (the free text stays for people outside Sammen), and each staff member's competence plan state.
alter table staff add column user_id uuid references user_account (id);
create unique index staff_user_unique on staff (user_id);

alter table basic_conversation add column staff_id uuid references staff (id);
create index basic_conversation_staff_idx on basic_conversation (staff_id);
alter table relative_contact add column staff_id uuid references staff (id);
create index relative_contact_staff_idx on relative_contact (staff_id);
alter table network_meeting add column staff_id uuid references staff (id);
create index network_meeting_staff_idx on network_meeting (staff_id);

-- One row per staff member and plan item registered by hand: planned, done (with a note as evidence),
-- confirmed by a leader. Items counted from registrations have no row.
create table competence_item (
    id            uuid                     primary key,
    staff_id      uuid                     not null references staff (id),
    item_id       varchar(60)              not null,
    planned_on    date,
    done_on       date,
    evidence      varchar(500),
    registered_by uuid                     not null references user_account (id),
    registered_at timestamp with time zone not null,
    confirmed_by  uuid                     references user_account (id),
    confirmed_on  date,
    version       bigint                   not null,
    constraint competence_item_unique unique (staff_id, item_id)
);
