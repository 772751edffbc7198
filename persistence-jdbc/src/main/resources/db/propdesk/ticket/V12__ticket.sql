-- Incident and repair reports (报事报修, PROCEDURES §6): one row per report, the snapshot as a JSON
-- document, and a real, indexed column for every index field Ticket.TYPE declares. The summary
-- (报事报修汇总分析, PROCEDURES §16) groups and counts these columns and never reads the document:
--   reported_on               the day of the reported time in the office's zone (the report's period);
--   first_reply_on_time, dispatched_on_time, arrived_on_time   the §4 and §6 clocks, once met or missed;
--   done_on, resolution_minutes, resolved_on_time, paused_minutes   the work's last completion, its
--                             minutes from the report less every pause, and the minutes paused;
--   callback_reason, last_callback, reopen_count               the callback and what it found.
-- No column holds the contact's name or phone: those stay in the document.
CREATE TABLE pd_ticket (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id           VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    document            ${json_type} NOT NULL,
    desk_id             VARCHAR(200),
    state               VARCHAR(200),
    category            VARCHAR(200),
    origin              VARCHAR(200),
    origin_ref          VARCHAR(200),
    unit_id             VARCHAR(200),
    technician_id       VARCHAR(200),
    service_order       VARCHAR(200),
    paid                BOOLEAN,
    reported_at         ${instant},
    reported_on         DATE,
    first_reply_on_time BOOLEAN,
    dispatched_at       ${instant},
    dispatched_on_time  BOOLEAN,
    arrived_at          ${instant},
    arrived_on_time     BOOLEAN,
    done_at             ${instant},
    done_on             DATE,
    resolved_on_time    BOOLEAN,
    resolution_minutes  BIGINT,
    paused_minutes      BIGINT,
    callback_reason     VARCHAR(200),
    last_callback       VARCHAR(200),
    reopen_count        BIGINT,
    closed_at           ${instant}
) ${table_options};
CREATE INDEX pd_ticket_office_reported ON pd_ticket (office_id, reported_at);
CREATE INDEX pd_ticket_office_reported_on ON pd_ticket (office_id, reported_on);
CREATE INDEX pd_ticket_reported_on ON pd_ticket (reported_on);
CREATE INDEX pd_ticket_office_state ON pd_ticket (office_id, state, reported_at);
CREATE INDEX pd_ticket_office_technician ON pd_ticket (office_id, technician_id, state);
CREATE INDEX pd_ticket_office_closed ON pd_ticket (office_id, closed_at);
CREATE INDEX pd_ticket_origin_ref ON pd_ticket (origin_ref);
