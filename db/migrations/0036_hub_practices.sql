CREATE TABLE "hub_practice_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"audience" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid,
	"submitted_by" uuid,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"is_global" boolean DEFAULT false NOT NULL,
	"implementers" text NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"stage" text NOT NULL,
	"results" text NOT NULL,
	"replicability" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"editor_message" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"promising" boolean DEFAULT false NOT NULL,
	"promising_at" timestamp with time zone,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hub_practice_calls" ADD CONSTRAINT "hub_practice_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_practices" ADD CONSTRAINT "hub_practices_call_id_hub_practice_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."hub_practice_calls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_practices" ADD CONSTRAINT "hub_practices_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_practices" ADD CONSTRAINT "hub_practices_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hub_practice_calls_status_idx" ON "hub_practice_calls" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE INDEX "hub_practices_status_idx" ON "hub_practices" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "hub_practices_call_idx" ON "hub_practices" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "hub_practices_submitted_by_idx" ON "hub_practices" USING btree ("submitted_by");