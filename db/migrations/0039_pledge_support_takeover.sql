-- The Hub takes the pledge support requests over (one table, one queue): the rows stay where they
-- are (their ids, the pledge link in subject_type/subject_id, status, reply), gain the columns of the
-- Hub's requests, and their history moves from the audit log onto the requester's timeline.
UPDATE "support_requests" AS r
SET "country_iso3" = coalesce(r."requester_country_iso3", p."country_iso3"),
    "languages" = ARRAY[r."original_language"]::text[],
    "topic" = p."title"
FROM "pledges" AS p
WHERE r."subject_type" = 'pledge' AND p."id"::text = r."subject_id";
--> statement-breakpoint
INSERT INTO "support_request_events" ("request_id", "kind", "status", "note", "actor_id", "at")
SELECT r."id", 'created', 'open', NULL, r."requester_id", r."created_at"
FROM "support_requests" AS r
WHERE NOT EXISTS (SELECT 1 FROM "support_request_events" e WHERE e."request_id" = r."id");
--> statement-breakpoint
INSERT INTO "support_request_events" ("request_id", "kind", "status", "note", "actor_id", "at")
SELECT r."id",
  CASE
    WHEN a."after"->>'status' = 'closed' THEN 'closed'
    WHEN (a."after"->>'reply') IS NOT NULL AND (a."after"->>'reply') IS DISTINCT FROM (a."before"->>'reply') THEN 'replied'
    ELSE 'status'
  END,
  coalesce(a."after"->>'status', r."status"),
  CASE WHEN (a."after"->>'reply') IS DISTINCT FROM (a."before"->>'reply') THEN a."after"->>'reply' END,
  a."actor_id",
  a."at"
FROM "audit_log" AS a
JOIN "support_requests" AS r ON r."id"::text = a."entity_id"
WHERE a."entity_type" = 'support_request' AND a."action" = 'support.answer';
