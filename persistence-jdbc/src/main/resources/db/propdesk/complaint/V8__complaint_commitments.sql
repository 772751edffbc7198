-- Complaints (投诉, procedure 5), second step: the index columns of the rules added to Complaint.TYPE
-- for issue [4]. Who the complaint is about (被投诉部门/人员), the handling time agreed with the owner
-- (约定处理时间) and whether it was kept, and the resolution target (处理时限) and whether it was met.
-- Rows saved before this migration hold none of these facts, so NULL is their true value.
ALTER TABLE pd_complaint ADD COLUMN complained_department VARCHAR(200);
ALTER TABLE pd_complaint ADD COLUMN complained_person     VARCHAR(200);
ALTER TABLE pd_complaint ADD COLUMN agreed_handling_time  ${instant};
ALTER TABLE pd_complaint ADD COLUMN agreed_time_kept      BOOLEAN;
ALTER TABLE pd_complaint ADD COLUMN resolution_target     ${instant};
ALTER TABLE pd_complaint ADD COLUMN resolved_on_target    BOOLEAN;
CREATE INDEX pd_complaint_office_department ON pd_complaint (office_id, complained_department);
