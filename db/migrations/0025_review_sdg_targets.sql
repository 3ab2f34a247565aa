-- Review sections: SDG targets become codes of the reference list (text[]), as on pledges and plan
-- actions. What the old free-text field held is converted by the two functions below (kept, and
-- tested against their TypeScript twin in app/modules/reviews/authoring/sdg-targets-text.ts): every
-- known code found in it becomes a code; when anything else was written (a word, an unknown code),
-- the whole text is kept as written in sdg_targets_note, so nothing is lost. Frozen versions
-- (review_versions.snapshot) are converted the same way, so every reader sees one shape.
CREATE OR REPLACE FUNCTION sdg_target_codes_in(raw text, known text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(r.k ORDER BY r.i), '{}'::text[])
  FROM unnest(known) WITH ORDINALITY AS r(k, i)
  WHERE r.k IN (
    SELECT lower(m[1])
    FROM regexp_matches(coalesce(raw, ''), '(?<![0-9A-Za-z.])([0-9]{1,2}\.[0-9A-Za-z]{1,2})(?![0-9A-Za-z]|\.[0-9A-Za-z])', 'g') AS m
  )
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION sdg_targets_leftover(raw text, known text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN EXISTS (
    SELECT 1
    FROM regexp_split_to_table(coalesce(raw, ''), '[[:space:],;،؛/+()]+') AS t(token)
    WHERE lower(regexp_replace(t.token, '^[.:-]+|[.:-]+$', '', 'g')) NOT IN (SELECT unnest(known))
      AND lower(regexp_replace(t.token, '^[.:-]+|[.:-]+$', '', 'g')) NOT IN (SELECT unnest(ARRAY['sdg', 'sdgs', 'target', 'targets', 'goal', 'goals', 'and', '&', 'و', 'غاية', 'غايات', 'الغاية', 'الغايات', 'هدف', 'الهدف', 'أهداف', 'التنمية', 'المستدامة']::text[]))
      AND regexp_replace(t.token, '^[.:-]+|[.:-]+$', '', 'g') <> ''
  ) THEN btrim(raw, E' \t\r\n') END
$$;--> statement-breakpoint
ALTER TABLE "review_sections" ADD COLUMN "sdg_targets_note" text;--> statement-breakpoint
UPDATE "review_sections" SET "sdg_targets_note" = sdg_targets_leftover("sdg_targets", ARRAY['1.3', '3.8', '3.c', '4.b', '5.2', '8.5', '8.7', '8.8', '10.2', '10.3', '10.7', '10.c', '13.1', '16.2', '16.9', '17.18']::text[]) WHERE "sdg_targets" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "review_sections" ALTER COLUMN "sdg_targets" SET DATA TYPE text[] USING sdg_target_codes_in("sdg_targets", ARRAY['1.3', '3.8', '3.c', '4.b', '5.2', '8.5', '8.7', '8.8', '10.2', '10.3', '10.7', '10.c', '13.1', '16.2', '16.9', '17.18']::text[]);--> statement-breakpoint
ALTER TABLE "review_sections" ALTER COLUMN "sdg_targets" SET DEFAULT '{}'::text[];--> statement-breakpoint
ALTER TABLE "review_sections" ALTER COLUMN "sdg_targets" SET NOT NULL;--> statement-breakpoint
UPDATE "review_versions" v SET "snapshot" = jsonb_set(v."snapshot", '{sections}', (
  SELECT coalesce(jsonb_agg(
    CASE WHEN jsonb_typeof(e.s -> 'sdgTargets') = 'array' THEN e.s
    ELSE e.s || jsonb_build_object(
      'sdgTargets', to_jsonb(sdg_target_codes_in(e.s ->> 'sdgTargets', ARRAY['1.3', '3.8', '3.c', '4.b', '5.2', '8.5', '8.7', '8.8', '10.2', '10.3', '10.7', '10.c', '13.1', '16.2', '16.9', '17.18']::text[])),
      'sdgTargetsNote', to_jsonb(sdg_targets_leftover(e.s ->> 'sdgTargets', ARRAY['1.3', '3.8', '3.c', '4.b', '5.2', '8.5', '8.7', '8.8', '10.2', '10.3', '10.7', '10.c', '13.1', '16.2', '16.9', '17.18']::text[])))
    END ORDER BY e.n), '[]'::jsonb)
  FROM jsonb_array_elements(v."snapshot" -> 'sections') WITH ORDINALITY AS e(s, n)
)) WHERE jsonb_typeof(v."snapshot" -> 'sections') = 'array';
