-- Report submissions to the group (报表报送记录, PROCEDURES §16): one row per report, scope and period,
-- with when it was due, when it was first submitted, whether that was late, and the latest report's
-- SHA-256. Company-wide reports use the pseudo-office '_company'.
CREATE TABLE pd_report_submission (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  office_id          VARCHAR(64)  NOT NULL,
  version            BIGINT       NOT NULL,
  document           ${json_type} NOT NULL,
  report_kind        VARCHAR(200),
  period_code        VARCHAR(200),
  period_start       DATE,
  due_at             ${instant},
  first_submitted_at ${instant},
  late               BOOLEAN,
  sha256             VARCHAR(200)
) ${table_options};
CREATE INDEX pd_report_submission_kind_period ON pd_report_submission (office_id, report_kind, period_start);
