CREATE TABLE "review_synthesis_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"country_iso3" text NOT NULL,
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"value" numeric(20, 2) NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"note" text,
	"created_by" uuid,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_synthesis_figures" ADD CONSTRAINT "review_synthesis_figures_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_synthesis_figures" ADD CONSTRAINT "review_synthesis_figures_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_synthesis_figures" ADD CONSTRAINT "review_synthesis_figures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_synthesis_figures" ADD CONSTRAINT "review_synthesis_figures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "review_synthesis_figures_key" ON "review_synthesis_figures" USING btree ("cycle_id","country_iso3","indicator","year");