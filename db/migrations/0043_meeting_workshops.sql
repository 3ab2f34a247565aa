CREATE TABLE "meeting_workshop_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"day" date NOT NULL,
	"mark" text NOT NULL,
	"marked_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_workshop_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"country_iso3" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_workshop_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"file_id" uuid,
	"url" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'participants' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_workshops" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"states" text[] DEFAULT '{}'::text[] NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"held_from" date,
	"held_to" date,
	"topics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trained_total" integer DEFAULT 0 NOT NULL,
	"trained_by_country" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trained_by_gender" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_workshops_held_order" CHECK ("meeting_workshops"."held_from" is null or "meeting_workshops"."held_to" is null or "meeting_workshops"."held_from" <= "meeting_workshops"."held_to")
);
--> statement-breakpoint
ALTER TABLE "meeting_workshop_attendance" ADD CONSTRAINT "meeting_workshop_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_attendance" ADD CONSTRAINT "meeting_workshop_attendance_registration_id_meeting_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."meeting_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_attendance" ADD CONSTRAINT "meeting_workshop_attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_invitations" ADD CONSTRAINT "meeting_workshop_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_invitations" ADD CONSTRAINT "meeting_workshop_invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_invitations" ADD CONSTRAINT "meeting_workshop_invitations_country_iso3_countries_iso3_fk" FOREIGN KEY ("country_iso3") REFERENCES "public"."countries"("iso3") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_invitations" ADD CONSTRAINT "meeting_workshop_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_materials" ADD CONSTRAINT "meeting_workshop_materials_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_materials" ADD CONSTRAINT "meeting_workshop_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshop_materials" ADD CONSTRAINT "meeting_workshop_materials_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshops" ADD CONSTRAINT "meeting_workshops_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_workshops" ADD CONSTRAINT "meeting_workshops_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_workshop_attendance_once" ON "meeting_workshop_attendance" USING btree ("registration_id","day");--> statement-breakpoint
CREATE INDEX "meeting_workshop_attendance_meeting_idx" ON "meeting_workshop_attendance" USING btree ("meeting_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_workshop_invitations_once" ON "meeting_workshop_invitations" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "meeting_workshop_invitations_user_idx" ON "meeting_workshop_invitations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_workshop_materials_meeting_idx" ON "meeting_workshop_materials" USING btree ("meeting_id","created_at");