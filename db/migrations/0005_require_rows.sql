-- A single autocommit statement that wrote on the strength of an earlier read checks, at its end, that it changed
-- exactly the rows the read predicted; when a concurrent request got there first, this raises serialization_failure
-- (40001), which undoes the whole statement, and the caller runs the request again (lib/provisioning/unit-of-work.ts).
CREATE FUNCTION roster_require_rows(as_predicted boolean) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  IF as_predicted IS NOT TRUE THEN
    RAISE EXCEPTION 'the rows changed between the read and the write' USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN true;
END
$$;
