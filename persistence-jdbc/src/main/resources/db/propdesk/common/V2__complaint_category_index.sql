-- PropDesk schema, version 2: the complaint analysis report counts complaints by office, category and
-- period ("top categories", month-on-month trend), so that filter gets its own index.
CREATE INDEX pd_complaint_office_category ON pd_complaint (office_id, category, registered_at);
