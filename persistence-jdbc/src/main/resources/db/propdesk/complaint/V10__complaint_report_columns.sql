-- Complaints (投诉, procedure 5), third step: the columns the complaint analysis report
-- (《客户投诉分析报告》, PROCEDURES §16) aggregates, computed from the snapshot whenever it is saved, so
-- the report's SQL never reads the JSON document:
--   registered_on        the day of the reported time in the office's zone (the report's period);
--   validity             UNJUDGED, VALID, INVALID or MERGED;
--   became_major_at/_on  when it first became major, and the criteria (major_criteria) it met;
--   resolved_on, resolution_minutes  the latest resolution's day and minutes from the reported time;
--   days_contacted, days_open        follow-up compliance: days with a contact / days owed one;
--   last_callback, last_callback_on  the latest callback's outcome and day.
-- Rows saved before this migration hold NULL until their complaint is next saved; the report then
-- counts them by the columns they have (state, class, category, channel) and leaves them out of the
-- measures they lack.
ALTER TABLE pd_complaint ADD COLUMN registered_on      DATE;
ALTER TABLE pd_complaint ADD COLUMN validity           VARCHAR(200);
ALTER TABLE pd_complaint ADD COLUMN became_major_at    ${instant};
ALTER TABLE pd_complaint ADD COLUMN became_major_on    DATE;
ALTER TABLE pd_complaint ADD COLUMN major_criteria     VARCHAR(200);
ALTER TABLE pd_complaint ADD COLUMN resolved_on        DATE;
ALTER TABLE pd_complaint ADD COLUMN resolution_minutes BIGINT;
ALTER TABLE pd_complaint ADD COLUMN days_contacted     BIGINT;
ALTER TABLE pd_complaint ADD COLUMN days_open          BIGINT;
ALTER TABLE pd_complaint ADD COLUMN last_callback      VARCHAR(200);
ALTER TABLE pd_complaint ADD COLUMN last_callback_on   DATE;
CREATE INDEX pd_complaint_office_registered_on ON pd_complaint (office_id, registered_on);
CREATE INDEX pd_complaint_registered_on ON pd_complaint (registered_on);
CREATE INDEX pd_complaint_resolved_on ON pd_complaint (office_id, resolved_on);
CREATE INDEX pd_complaint_became_major_on ON pd_complaint (office_id, became_major_on);
CREATE INDEX pd_complaint_last_callback_on ON pd_complaint (office_id, last_callback_on);
