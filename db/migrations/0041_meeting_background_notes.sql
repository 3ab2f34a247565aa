CREATE TABLE "meeting_background_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"file_id" uuid,
	"url" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_background_notes_file_or_link" CHECK ("meeting_background_notes"."file_id" is not null or "meeting_background_notes"."url" is not null)
);
--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD COLUMN "file_id" uuid;--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD COLUMN "extracted_text" text;--> statement-breakpoint
ALTER TABLE "meeting_background_notes" ADD CONSTRAINT "meeting_background_notes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_background_notes" ADD CONSTRAINT "meeting_background_notes_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_background_notes" ADD CONSTRAINT "meeting_background_notes_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_background_notes" ADD CONSTRAINT "meeting_background_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_background_notes_session_idx" ON "meeting_background_notes" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_background_notes_meeting_idx" ON "meeting_background_notes" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "meeting_statements" ADD CONSTRAINT "meeting_statements_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;