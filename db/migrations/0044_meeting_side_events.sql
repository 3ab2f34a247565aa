CREATE TABLE "meeting_side_event_settings" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"open" boolean DEFAULT false NOT NULL,
	"closes_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_side_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"proposed_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"title_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"proposing_organisation" text NOT NULL,
	"organisers" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text NOT NULL,
	"objectives" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"format" text NOT NULL,
	"preferred_day" date NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"session_id" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_side_event_settings" ADD CONSTRAINT "meeting_side_event_settings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_side_events" ADD CONSTRAINT "meeting_side_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_side_events" ADD CONSTRAINT "meeting_side_events_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_side_events" ADD CONSTRAINT "meeting_side_events_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_side_events" ADD CONSTRAINT "meeting_side_events_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_side_events_meeting_idx" ON "meeting_side_events" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE INDEX "meeting_side_events_proposer_idx" ON "meeting_side_events" USING btree ("proposed_by","meeting_id");