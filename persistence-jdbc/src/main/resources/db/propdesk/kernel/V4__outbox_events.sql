-- The outbox also carries every domain event as JSON for the host's event stream (audience
-- EVENT_STREAM), whose body can be longer than a human notification's.
ALTER TABLE pd_outbox ALTER COLUMN body SET DATA TYPE VARCHAR(100000);
