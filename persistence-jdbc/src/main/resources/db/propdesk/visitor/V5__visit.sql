-- Visits (来访登记, seed 4.4.5): one row per visit, the snapshot as a JSON document, and a real,
-- indexed column for every index field Visit.TYPE declares. No column holds the visitor's name, phone
-- or ID number: those stay in the document.
CREATE TABLE pd_visit (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id      VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    document       ${json_type} NOT NULL,
    desk_id        VARCHAR(200),
    host_id        VARCHAR(200),
    state          VARCHAR(200),
    registered_at  ${instant},
    appointment_at ${instant},
    arrived_at     ${instant},
    left_at        ${instant},
    flagged_at     ${instant},
    closed_at      ${instant}
) ${table_options};
CREATE INDEX pd_visit_office_registered ON pd_visit (office_id, registered_at);
CREATE INDEX pd_visit_office_state_arrived ON pd_visit (office_id, state, arrived_at);
CREATE INDEX pd_visit_office_closed ON pd_visit (office_id, closed_at);
