-- Maturity answers are append-only (issue 7): a correction inserts a new version, nothing is
-- overwritten. Refuse UPDATE; rows still go when their assessment, team or organisation is deleted.
CREATE OR REPLACE FUNCTION maturity_answers_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'maturity_answers is append-only (% refused): insert a new version', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER maturity_answers_no_update BEFORE UPDATE ON maturity_answers
  FOR EACH ROW EXECUTE FUNCTION maturity_answers_append_only();
