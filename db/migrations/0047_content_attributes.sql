ALTER TABLE "content_items" ADD COLUMN "attributes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "content_items_attributes_idx" ON "content_items" USING gin ("attributes") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "hub_resources_id_text_idx" ON "hub_resources" USING btree (("id"::text));--> statement-breakpoint
-- Resources already in the index get their facets now (the projection's version bump rebuilds them too).
UPDATE "content_items" AS c SET "attributes" = array(
  SELECT a FROM unnest(array['type:' || r."type"] || array(SELECT 'language:' || l FROM unnest(r."document_languages") AS l)) AS a ORDER BY a)
FROM "hub_resources" AS r WHERE c."type" = 'hub_resource' AND c."id" = r."id"::text;
