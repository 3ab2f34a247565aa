CREATE TABLE "review_forwardings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"document" text NOT NULL,
	"document_version" integer NOT NULL,
	"meeting_id" uuid,
	"forum_name" text DEFAULT '' NOT NULL,
	"forwarded_on" date NOT NULL,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"forwarded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "review_forwardings_document" CHECK ("review_forwardings"."document" in ('synthesis', 'outcome')),
	CONSTRAINT "review_forwardings_version" CHECK ("review_forwardings"."document_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "review_forwardings" ADD CONSTRAINT "review_forwardings_cycle_id_review_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_forwardings" ADD CONSTRAINT "review_forwardings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_forwardings" ADD CONSTRAINT "review_forwardings_forwarded_by_users_id_fk" FOREIGN KEY ("forwarded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_forwardings" ADD CONSTRAINT "review_forwardings_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_forwardings_cycle_idx" ON "review_forwardings" USING btree ("cycle_id","forwarded_on");--> statement-breakpoint
CREATE INDEX "review_forwardings_meeting_idx" ON "review_forwardings" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_forwardings_once" ON "review_forwardings" USING btree ("cycle_id","document","document_version",coalesce("meeting_id"::text, lower("forum_name"))) WHERE "review_forwardings"."withdrawn_at" is null;