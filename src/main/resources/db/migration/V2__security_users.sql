-- Local user accounts. Roles and unit memberships decide what a user may see and do.
create table user_account (
    id            uuid         primary key,
    username      varchar(100) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    version       bigint       not null
);

create table user_role (
    user_id uuid        not null references user_account (id),
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table user_unit (
    user_id uuid not null references user_account (id),
    unit_id uuid not null references org_unit (id),
    primary key (user_id, unit_id)
);
