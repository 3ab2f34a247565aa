-- A writer that writes the pledges' tag copies itself (the pledge import, which knows every pledge's
-- tags) says so for its transaction with set_config('marsad.pledge_tag_copies_written', 'on', true);
-- the copy triggers then skip their recomputation, which re-reads the tags of every pledge a
-- statement touched and was most of a 10,000-row import's tag writing.
CREATE OR REPLACE FUNCTION pledges_copy_objective_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('marsad.pledge_tag_copies_written', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE pledges p SET tagged_objectives = coalesce((SELECT array_agg(t.objective ORDER BY t.objective) FROM objective_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_objectives IS DISTINCT FROM coalesce((SELECT array_agg(t.objective ORDER BY t.objective) FROM objective_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_principle_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('marsad.pledge_tag_copies_written', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE pledges p SET tagged_principles = coalesce((SELECT array_agg(t.principle ORDER BY t.principle COLLATE "C") FROM principle_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_principles IS DISTINCT FROM coalesce((SELECT array_agg(t.principle ORDER BY t.principle COLLATE "C") FROM principle_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_country_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('marsad.pledge_tag_copies_written', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE pledges p SET tagged_countries = coalesce((SELECT array_agg(t.country ORDER BY t.country COLLATE "C") FROM country_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_countries IS DISTINCT FROM coalesce((SELECT array_agg(t.country ORDER BY t.country COLLATE "C") FROM country_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pledges_copy_region_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('marsad.pledge_tag_copies_written', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE pledges p SET tagged_regions = coalesce((SELECT array_agg(t.region ORDER BY t.region COLLATE "C") FROM region_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}')
  WHERE p.id::text IN (SELECT entity_id FROM changed WHERE entity_type = 'pledge')
    AND p.tagged_regions IS DISTINCT FROM coalesce((SELECT array_agg(t.region ORDER BY t.region COLLATE "C") FROM region_tags t WHERE t.entity_type = 'pledge' AND t.entity_id = p.id::text), '{}');
  RETURN NULL;
END
$$;
