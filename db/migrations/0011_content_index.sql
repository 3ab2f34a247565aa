CREATE TABLE "content_index_versions" (
	"type" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"type" text NOT NULL,
	"id" text NOT NULL,
	"visibility" text NOT NULL,
	"readers" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"original_language" text,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"principles" text[] DEFAULT '{}'::text[] NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" integer,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"path" text NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "content_items_type_id_pk" PRIMARY KEY("type","id"),
	CONSTRAINT "content_items_visibility_check" CHECK ("content_items"."visibility" in ('public', 'signed_in', 'restricted'))
);
--> statement-breakpoint
CREATE INDEX "content_items_visibility_idx" ON "content_items" USING btree ("visibility","type","published_at");--> statement-breakpoint
CREATE INDEX "content_items_objectives_idx" ON "content_items" USING gin ("objectives") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "content_items_principles_idx" ON "content_items" USING gin ("principles") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "content_items_countries_idx" ON "content_items" USING gin ("countries") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "content_items_regions_idx" ON "content_items" USING gin ("regions") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "content_items_readers_idx" ON "content_items" USING gin ("readers") WITH (fastupdate=false);