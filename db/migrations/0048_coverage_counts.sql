CREATE TABLE "coverage_counts" (
	"measure" text NOT NULL,
	"area" text NOT NULL,
	"col" text DEFAULT '' NOT NULL,
	"objective" integer DEFAULT 0 NOT NULL,
	"type" text DEFAULT '' NOT NULL,
	"year" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "coverage_counts_measure_area_col_objective_type_year_status_pk" PRIMARY KEY("measure","area","col","objective","type","year","status")
);
--> statement-breakpoint
-- The radar's counts follow the content index by statement triggers (transition tables), like the
-- pledges' tag copies (0009): every writer of index rows — the sync, the rebuild, seeds, plain SQL —
-- keeps them, in its own transaction. Each statement adds its new public rows' keys and takes away
-- its old ones', as one upsert in key order (two statements writing shared keys lock them in the same
-- order, so one waits for the other), skipping keys whose count is unchanged (decision 93).
CREATE OR REPLACE FUNCTION marsad_coverage_delta(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  -- The upsert that applies the changed rows (a query of `sign` and content_items' columns) to the counts.
  SELECT format($q$
    WITH d AS MATERIALIZED (
      SELECT sign, type, objectives, regions, countries, year, status,
        array(SELECT DISTINCT g.kind FROM regions g WHERE g.id = ANY (changed_rows.regions)) AS kinds
      FROM (%s) AS changed_rows WHERE visibility = 'public'),
    k (measure, area, col, objective, type, year, status, sign) AS (
      SELECT 'region_cell', r, '', o, d.type, 0, '', sign FROM d, unnest(d.regions) r, unnest(d.objectives) o
      UNION ALL
      SELECT 'country_cell', m.region_id, m.country_iso3, o, d.type, 0, '', sign
      FROM d, unnest(d.countries) c, region_members m, unnest(d.objectives) o
      WHERE m.country_iso3 = c AND m.region_id = ANY (d.regions)
      UNION ALL
      SELECT 'region_year', r, '', 0, d.type, d.year, '', sign FROM d, unnest(d.regions) r WHERE d.year IS NOT NULL
      UNION ALL
      SELECT 'kind_year', g, '', 0, d.type, d.year, '', sign FROM d, unnest(d.kinds) g WHERE d.year IS NOT NULL
      UNION ALL
      SELECT 'region_status', r, '', o, '', 0, d.status, sign
      FROM d, unnest(d.regions) r, unnest(d.objectives) o WHERE d.type = 'pledge'
      UNION ALL
      SELECT 'kind_status', g, '', o, '', 0, d.status, sign
      FROM d, unnest(d.kinds) g, unnest(d.objectives) o WHERE d.type = 'pledge')
    INSERT INTO coverage_counts AS c (measure, area, col, objective, type, year, status, n)
    SELECT measure, area, col, objective, type, year, status, sum(sign)
    FROM k GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (measure, area, col, objective, type, year, status) DO UPDATE SET n = c.n + excluded.n
  $q$, changed)
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION marsad_count_coverage() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE marsad_coverage_delta(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM coverage_new'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM coverage_old'
    ELSE 'SELECT 1 AS sign, * FROM coverage_new UNION ALL SELECT -1 AS sign, * FROM coverage_old' END);
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER content_items_coverage_insert AFTER INSERT ON content_items
  REFERENCING NEW TABLE AS coverage_new FOR EACH STATEMENT EXECUTE FUNCTION marsad_count_coverage();
--> statement-breakpoint
CREATE TRIGGER content_items_coverage_update AFTER UPDATE ON content_items
  REFERENCING OLD TABLE AS coverage_old NEW TABLE AS coverage_new FOR EACH STATEMENT EXECUTE FUNCTION marsad_count_coverage();
--> statement-breakpoint
CREATE TRIGGER content_items_coverage_delete AFTER DELETE ON content_items
  REFERENCING OLD TABLE AS coverage_old FOR EACH STATEMENT EXECUTE FUNCTION marsad_count_coverage();
--> statement-breakpoint
-- Counts everything again: the backfill, and after the reference data changed which countries a
-- region holds or a region's kind (a row's keys depend on them, so its old keys could not be taken away).
CREATE OR REPLACE FUNCTION marsad_recount_coverage() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM coverage_counts;
  EXECUTE marsad_coverage_delta('SELECT 1 AS sign, * FROM content_items');
END $fn$;
--> statement-breakpoint
SELECT marsad_recount_coverage();
