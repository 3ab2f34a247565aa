-- Copies of each pledge's tags on its row (pledges.tagged_objectives … tagged_regions), for the
-- registry's GIN-indexed filters and the dashboard. The tagging tables stay the single source: these
-- statement-level triggers recompute the copies of the pledges a statement touched, whoever writes
-- the tags (pledge operations, the import, seeds, SQL). Tag rows name entities by text id; the index
-- on pledges' ids as text finds the pledges without casting (ids that are not pledges' match nothing).
CREATE UNIQUE INDEX IF NOT EXISTS pledges_id_text_idx ON pledges ((id::text));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_objective_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pledges p SET tagged_objectives = coalesce((SELECT array_agg(t.objective ORDER BY t.objective) FROM objective_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_objectives IS DISTINCT FROM coalesce((SELECT array_agg(t.objective ORDER BY t.objective) FROM objective_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER objective_tags_pledge_copy_insert AFTER INSERT ON objective_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_objective_tags();
--> statement-breakpoint
CREATE TRIGGER objective_tags_pledge_copy_delete AFTER DELETE ON objective_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_objective_tags();
--> statement-breakpoint
CREATE TRIGGER objective_tags_pledge_copy_update_new AFTER UPDATE ON objective_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_objective_tags();
--> statement-breakpoint
CREATE TRIGGER objective_tags_pledge_copy_update_old AFTER UPDATE ON objective_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_objective_tags();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_principle_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pledges p SET tagged_principles = coalesce((SELECT array_agg(t.principle ORDER BY t.principle COLLATE "C") FROM principle_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_principles IS DISTINCT FROM coalesce((SELECT array_agg(t.principle ORDER BY t.principle COLLATE "C") FROM principle_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER principle_tags_pledge_copy_insert AFTER INSERT ON principle_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_principle_tags();
--> statement-breakpoint
CREATE TRIGGER principle_tags_pledge_copy_delete AFTER DELETE ON principle_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_principle_tags();
--> statement-breakpoint
CREATE TRIGGER principle_tags_pledge_copy_update_new AFTER UPDATE ON principle_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_principle_tags();
--> statement-breakpoint
CREATE TRIGGER principle_tags_pledge_copy_update_old AFTER UPDATE ON principle_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_principle_tags();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_country_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pledges p SET tagged_countries = coalesce((SELECT array_agg(t.country ORDER BY t.country COLLATE "C") FROM country_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_countries IS DISTINCT FROM coalesce((SELECT array_agg(t.country ORDER BY t.country COLLATE "C") FROM country_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER country_tags_pledge_copy_insert AFTER INSERT ON country_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_country_tags();
--> statement-breakpoint
CREATE TRIGGER country_tags_pledge_copy_delete AFTER DELETE ON country_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_country_tags();
--> statement-breakpoint
CREATE TRIGGER country_tags_pledge_copy_update_new AFTER UPDATE ON country_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_country_tags();
--> statement-breakpoint
CREATE TRIGGER country_tags_pledge_copy_update_old AFTER UPDATE ON country_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_country_tags();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_region_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE pledges p SET tagged_regions = coalesce((SELECT array_agg(t.region ORDER BY t.region COLLATE "C") FROM region_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_regions IS DISTINCT FROM coalesce((SELECT array_agg(t.region ORDER BY t.region COLLATE "C") FROM region_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER region_tags_pledge_copy_insert AFTER INSERT ON region_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_region_tags();
--> statement-breakpoint
CREATE TRIGGER region_tags_pledge_copy_delete AFTER DELETE ON region_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_region_tags();
--> statement-breakpoint
CREATE TRIGGER region_tags_pledge_copy_update_new AFTER UPDATE ON region_tags REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_region_tags();
--> statement-breakpoint
CREATE TRIGGER region_tags_pledge_copy_update_old AFTER UPDATE ON region_tags REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pledges_copy_region_tags();
--> statement-breakpoint
UPDATE pledges p SET
  tagged_objectives = coalesce((SELECT array_agg(t.objective ORDER BY t.objective) FROM objective_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}'),
  tagged_principles = coalesce((SELECT array_agg(t.principle ORDER BY t.principle COLLATE "C") FROM principle_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}'),
  tagged_countries = coalesce((SELECT array_agg(t.country ORDER BY t.country COLLATE "C") FROM country_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}'),
  tagged_regions = coalesce((SELECT array_agg(t.region ORDER BY t.region COLLATE "C") FROM region_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
