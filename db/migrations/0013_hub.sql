CREATE TABLE "hub_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"submitted_by" uuid,
	"submitter_organisation_id" uuid,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"abstract" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"document_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"type" text NOT NULL,
	"publisher" text NOT NULL,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"publication_date" date,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_global" boolean DEFAULT false NOT NULL,
	"licence" text NOT NULL,
	"url" text,
	"file_id" uuid,
	"extracted_text" text,
	"extraction" text DEFAULT 'none' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"decision_comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"assigned_by" uuid,
	"tie_break" boolean DEFAULT false NOT NULL,
	"conflict" text DEFAULT 'not_asked' NOT NULL,
	"conflict_text" text,
	"conflict_answered_at" timestamp with time zone,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recommendation" text,
	"comments" text,
	"submitted_at" timestamp with time zone,
	"replaced_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_reviewers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"internal" boolean NOT NULL,
	"organisation_id" uuid,
	"region_id" text NOT NULL,
	"gender" text DEFAULT 'undisclosed' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hub_resources" ADD CONSTRAINT "hub_resources_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_resources" ADD CONSTRAINT "hub_resources_submitter_organisation_id_organisations_id_fk" FOREIGN KEY ("submitter_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_resources" ADD CONSTRAINT "hub_resources_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_resources" ADD CONSTRAINT "hub_resources_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_review_assignments" ADD CONSTRAINT "hub_review_assignments_resource_id_hub_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."hub_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_review_assignments" ADD CONSTRAINT "hub_review_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_review_assignments" ADD CONSTRAINT "hub_review_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_reviewers" ADD CONSTRAINT "hub_reviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_reviewers" ADD CONSTRAINT "hub_reviewers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_reviewers" ADD CONSTRAINT "hub_reviewers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hub_resources_external_id_unique" ON "hub_resources" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "hub_resources_status_idx" ON "hub_resources" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "hub_resources_submitted_by_idx" ON "hub_resources" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "hub_review_assignments_resource_idx" ON "hub_review_assignments" USING btree ("resource_id","round");--> statement-breakpoint
CREATE INDEX "hub_review_assignments_reviewer_idx" ON "hub_review_assignments" USING btree ("reviewer_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_review_assignments_active_unique" ON "hub_review_assignments" USING btree ("resource_id","round","reviewer_id") WHERE "hub_review_assignments"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "hub_reviewers_region_idx" ON "hub_reviewers" USING btree ("region_id");