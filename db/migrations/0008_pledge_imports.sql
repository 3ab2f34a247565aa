CREATE TABLE "pledge_import_items" (
	"pledge_id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"row_hash" text NOT NULL,
	"pledge_version" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_name" text NOT NULL,
	"file_kind" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_bytes" integer NOT NULL,
	"check_only" boolean DEFAULT false NOT NULL,
	"outcome" text NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"refused_count" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_truncated" boolean DEFAULT false NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "tagged_objectives" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "tagged_principles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "tagged_countries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "tagged_regions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pledge_import_items" ADD CONSTRAINT "pledge_import_items_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_import_items" ADD CONSTRAINT "pledge_import_items_import_id_pledge_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."pledge_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_imports" ADD CONSTRAINT "pledge_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pledge_import_items_import_idx" ON "pledge_import_items" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "pledge_imports_created_idx" ON "pledge_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "pledges_tagged_objectives_idx" ON "pledges" USING gin ("tagged_objectives");--> statement-breakpoint
CREATE INDEX "pledges_tagged_principles_idx" ON "pledges" USING gin ("tagged_principles");--> statement-breakpoint
CREATE INDEX "pledges_tagged_countries_idx" ON "pledges" USING gin ("tagged_countries");--> statement-breakpoint
CREATE INDEX "pledges_tagged_regions_idx" ON "pledges" USING gin ("tagged_regions");