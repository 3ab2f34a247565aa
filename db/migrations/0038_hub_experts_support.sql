CREATE TABLE "hub_expert_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"sender_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"biography" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"principles" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text DEFAULT 'available' NOT NULL,
	"contact_email" text NOT NULL,
	"telephone" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"vetted_by" uuid,
	"vetted_at" timestamp with time zone,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_requests" DROP CONSTRAINT "support_requests_one_requester";--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "topic" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "country_iso3" text;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "review_id" uuid;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "target" text DEFAULT 'network_secretariat' NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "target_name" text;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "assigned_entity" text;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "assigned_expert_id" uuid;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "hub_expert_messages" ADD CONSTRAINT "hub_expert_messages_expert_id_hub_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."hub_experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_expert_messages" ADD CONSTRAINT "hub_expert_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_experts" ADD CONSTRAINT "hub_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_experts" ADD CONSTRAINT "hub_experts_vetted_by_users_id_fk" FOREIGN KEY ("vetted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_events" ADD CONSTRAINT "support_request_events_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_events" ADD CONSTRAINT "support_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hub_expert_messages_expert_idx" ON "hub_expert_messages" USING btree ("expert_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_experts_user_unique" ON "hub_experts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "hub_experts_status_idx" ON "hub_experts" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "hub_experts_objectives_gin" ON "hub_experts" USING gin ("objectives");--> statement-breakpoint
CREATE INDEX "hub_experts_languages_gin" ON "hub_experts" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "hub_experts_regions_gin" ON "hub_experts" USING gin ("regions");--> statement-breakpoint
CREATE INDEX "support_request_events_request_idx" ON "support_request_events" USING btree ("request_id","at");--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_assigned_expert_id_hub_experts_id_fk" FOREIGN KEY ("assigned_expert_id") REFERENCES "public"."hub_experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_requests_requester_idx" ON "support_requests" USING btree ("requester_id");--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_at_most_one_requester" CHECK ("support_requests"."requester_organisation_id" is null or "support_requests"."requester_country_iso3" is null);