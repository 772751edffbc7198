-- Complaints (投诉, procedure 5): one row per complaint, the snapshot as a JSON document, and a real,
-- indexed column for every index field Complaint.TYPE declares. JdbcStorage refuses to start when
-- this table and the declaration disagree.
CREATE TABLE pd_complaint (
    id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id            VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    document             ${json_type} NOT NULL,
    desk_id              VARCHAR(200),
    channel              VARCHAR(200),
    owner_id             VARCHAR(200),
    unit_id              VARCHAR(200),
    category             VARCHAR(200),
    state                VARCHAR(200),
    complaint_class      VARCHAR(200),
    handler_role         VARCHAR(200),
    repeat_of            VARCHAR(200),
    registered_at        ${instant},
    first_reply_deadline ${instant},
    first_reply_at       ${instant},
    first_reply_on_time  BOOLEAN,
    upgrade_due          ${instant},
    resolved_at          ${instant},
    closed_at            ${instant},
    times_raised         BIGINT,
    reopen_count         BIGINT
) ${table_options};
CREATE INDEX pd_complaint_office_registered ON pd_complaint (office_id, registered_at);
CREATE INDEX pd_complaint_office_owner_state ON pd_complaint (office_id, owner_id, state);
CREATE INDEX pd_complaint_office_closed ON pd_complaint (office_id, closed_at);
CREATE INDEX pd_complaint_office_category ON pd_complaint (office_id, category, registered_at);
CREATE INDEX pd_complaint_office_class ON pd_complaint (office_id, complaint_class);
