-- The customer supervisor's service visits to owners (主管走访, seed 4.5.5): one row per visit, as
-- ServiceVisit.TYPE declares.
CREATE TABLE pd_service_visit (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    document    ${json_type} NOT NULL,
    owner_id    VARCHAR(200),
    visited_at  ${instant},
    visited_by  VARCHAR(200)
) ${table_options};
CREATE INDEX pd_service_visit_office_at ON pd_service_visit (office_id, visited_at);
