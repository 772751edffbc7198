-- Daily reviews (日清检查记录, seed 4.5.5): one row per desk and day, as DailyReview.TYPE declares.
CREATE TABLE pd_daily_review (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    office_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    document    ${json_type} NOT NULL,
    desk_id     VARCHAR(200),
    review_day  DATE,
    reviewed_by VARCHAR(200),
    reviewed_at ${instant}
) ${table_options};
CREATE INDEX pd_daily_review_desk_day ON pd_daily_review (desk_id, review_day);
CREATE INDEX pd_daily_review_office_day ON pd_daily_review (office_id, review_day);
