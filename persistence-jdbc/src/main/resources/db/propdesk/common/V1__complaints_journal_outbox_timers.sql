-- PropDesk schema, version 1: complaints with their append-only histories, daily reviews,
-- the hash-chained journal, the outbox and the timer queue.
-- The same script runs on H2 (2.2.220+) and PostgreSQL (13+). Every column a sweep, an
-- office-scoped query or a report filters on is a real, indexed column.

CREATE TABLE pd_complaint (
    id                          VARCHAR(64)   NOT NULL PRIMARY KEY,
    office_id                   VARCHAR(64)   NOT NULL,
    zone_id                     VARCHAR(64)   NOT NULL,
    desk_id                     VARCHAR(64)   NOT NULL,
    channel                     VARCHAR(16)   NOT NULL,
    owner_id                    VARCHAR(64)   NOT NULL,
    unit_id                     VARCHAR(64)   NOT NULL,
    contact_name                VARCHAR(100)  NOT NULL,
    contact_phone               VARCHAR(20)   NOT NULL,  -- personal data
    category                    VARCHAR(32)   NOT NULL,
    content                     VARCHAR(2000) NOT NULL,
    concerns_contracted_service BOOLEAN       NOT NULL,
    registered_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by               VARCHAR(64)   NOT NULL,
    version                     BIGINT        NOT NULL,
    state                       VARCHAR(24)   NOT NULL,
    complaint_class             VARCHAR(16),
    major_criteria              VARCHAR(200)  NOT NULL,  -- comma-separated MajorCriterion names
    handler_role                VARCHAR(32),
    fact_contracted_failure     BOOLEAN,
    fact_company_at_fault       BOOLEAN,
    fact_major_loss_or_injury   BOOLEAN,
    invalid_reason              VARCHAR(500),
    repeat_of                   VARCHAR(64),
    first_reply_deadline        TIMESTAMP WITH TIME ZONE NOT NULL,
    first_reply_at              TIMESTAMP WITH TIME ZONE,
    first_reply_overdue         BOOLEAN       NOT NULL,
    upgrade_due                 TIMESTAMP WITH TIME ZONE NOT NULL,
    auto_upgraded               BOOLEAN       NOT NULL,
    resolved_at                 TIMESTAMP WITH TIME ZONE,
    resolution                  VARCHAR(2000),
    reopen_count                INTEGER       NOT NULL,
    closed_at                   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pd_complaint_office_registered ON pd_complaint (office_id, registered_at);
CREATE INDEX pd_complaint_office_owner_state ON pd_complaint (office_id, owner_id, state);
CREATE INDEX pd_complaint_office_closed ON pd_complaint (office_id, closed_at);
CREATE INDEX pd_complaint_office_class ON pd_complaint (office_id, complaint_class);

-- Append-only histories: one row per entry, seq = position from 0.
CREATE TABLE pd_complaint_history (
    complaint_id VARCHAR(64)  NOT NULL REFERENCES pd_complaint (id),
    seq          INTEGER      NOT NULL,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    trigger_name VARCHAR(32),
    to_state     VARCHAR(24)  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    actor_name   VARCHAR(100) NOT NULL,
    note         VARCHAR(400) NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);

CREATE TABLE pd_complaint_contact (
    complaint_id VARCHAR(64)   NOT NULL REFERENCES pd_complaint (id),
    seq          INTEGER       NOT NULL,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    channel      VARCHAR(16),
    actor_id     VARCHAR(64)   NOT NULL,
    handler_name VARCHAR(100)  NOT NULL,
    said         VARCHAR(2000),
    owner_reply  VARCHAR(2000),
    PRIMARY KEY (complaint_id, seq)
);
CREATE INDEX pd_complaint_contact_time ON pd_complaint_contact (happened_at);

CREATE TABLE pd_complaint_callback (
    complaint_id VARCHAR(64)   NOT NULL REFERENCES pd_complaint (id),
    seq          INTEGER       NOT NULL,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(16)   NOT NULL,
    comment_text VARCHAR(1000) NOT NULL,
    actor_id     VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);

CREATE TABLE pd_complaint_missed_day (
    complaint_id VARCHAR(64) NOT NULL REFERENCES pd_complaint (id),
    seq          INTEGER     NOT NULL,
    missed_day   DATE        NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);

CREATE TABLE pd_complaint_repeat (
    complaint_id VARCHAR(64) NOT NULL REFERENCES pd_complaint (id),
    seq          INTEGER     NOT NULL,
    repeat_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);

CREATE TABLE pd_daily_review (
    desk_id       VARCHAR(64)   NOT NULL,
    review_day    DATE          NOT NULL,
    office_id     VARCHAR(64)   NOT NULL,
    reviewed_by   VARCHAR(64)   NOT NULL,
    reviewer_name VARCHAR(100)  NOT NULL,
    reviewed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (desk_id, review_day)
);
CREATE INDEX pd_daily_review_office_day ON pd_daily_review (office_id, review_day);

-- The journal: one hash chain per office; pd_journal_head is locked to append.
CREATE TABLE pd_journal_head (
    office_id VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

CREATE TABLE pd_journal (
    office_id      VARCHAR(64)   NOT NULL,
    seq            BIGINT        NOT NULL,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    aggregate_type VARCHAR(64)   NOT NULL,
    aggregate_id   VARCHAR(64)   NOT NULL,
    action_name    VARCHAR(64)   NOT NULL,
    from_state     VARCHAR(64)   NOT NULL,
    to_state       VARCHAR(64)   NOT NULL,
    payload        VARCHAR(4000) NOT NULL,
    prev_hash      VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (office_id, seq)
);
CREATE INDEX pd_journal_aggregate ON pd_journal (aggregate_type, aggregate_id);

CREATE TABLE pd_outbox (
    event_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    outbox_seq      BIGINT GENERATED BY DEFAULT AS IDENTITY,
    office_id       VARCHAR(64)   NOT NULL,
    audience        VARCHAR(32)   NOT NULL,
    role_name       VARCHAR(32),
    event_type      VARCHAR(100)  NOT NULL,
    aggregate_id    VARCHAR(64)   NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX pd_outbox_due ON pd_outbox (status, next_attempt_at, outbox_seq);

CREATE TABLE pd_timer (
    id             VARCHAR(200) NOT NULL PRIMARY KEY,
    office_id      VARCHAR(64)  NOT NULL,
    aggregate_type VARCHAR(64)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        VARCHAR(200) NOT NULL,
    pending        BOOLEAN      NOT NULL,
    fired_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pd_timer_due ON pd_timer (pending, due_at, id);
CREATE INDEX pd_timer_aggregate ON pd_timer (aggregate_type, aggregate_id);
