CREATE TABLE "hub_discussion_follows" (
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"frequency" text DEFAULT 'weekly' NOT NULL,
	"last_looked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone,
	"unfollow_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_discussion_follows_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_moderators" (
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "hub_discussion_moderators_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_post_versions" (
	"post_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"format" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_discussion_post_versions_post_id_version_pk" PRIMARY KEY("post_id","version")
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"parent_id" uuid,
	"depth" integer DEFAULT 0 NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"format" text DEFAULT 'plain' NOT NULL,
	"language" text DEFAULT 'ar' NOT NULL,
	"edited_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"hidden_reason" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience" text DEFAULT 'public' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"is_sample" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hub_discussion_summaries" (
	"space_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"original_language" text DEFAULT 'ar' NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_discussion_summaries_space_id_version_pk" PRIMARY KEY("space_id","version")
);
--> statement-breakpoint
ALTER TABLE "hub_discussion_follows" ADD CONSTRAINT "hub_discussion_follows_space_id_hub_discussion_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."hub_discussion_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_follows" ADD CONSTRAINT "hub_discussion_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_moderators" ADD CONSTRAINT "hub_discussion_moderators_space_id_hub_discussion_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."hub_discussion_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_moderators" ADD CONSTRAINT "hub_discussion_moderators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_post_versions" ADD CONSTRAINT "hub_discussion_post_versions_post_id_hub_discussion_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."hub_discussion_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_posts" ADD CONSTRAINT "hub_discussion_posts_space_id_hub_discussion_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."hub_discussion_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_posts" ADD CONSTRAINT "hub_discussion_posts_question_id_hub_discussion_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."hub_discussion_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_posts" ADD CONSTRAINT "hub_discussion_posts_parent_id_hub_discussion_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hub_discussion_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_posts" ADD CONSTRAINT "hub_discussion_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_posts" ADD CONSTRAINT "hub_discussion_posts_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_questions" ADD CONSTRAINT "hub_discussion_questions_space_id_hub_discussion_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."hub_discussion_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_reports" ADD CONSTRAINT "hub_discussion_reports_post_id_hub_discussion_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."hub_discussion_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_reports" ADD CONSTRAINT "hub_discussion_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_reports" ADD CONSTRAINT "hub_discussion_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_spaces" ADD CONSTRAINT "hub_discussion_spaces_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_summaries" ADD CONSTRAINT "hub_discussion_summaries_space_id_hub_discussion_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."hub_discussion_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_discussion_summaries" ADD CONSTRAINT "hub_discussion_summaries_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hub_discussion_follows_token_unique" ON "hub_discussion_follows" USING btree ("unfollow_token");--> statement-breakpoint
CREATE INDEX "hub_discussion_follows_user_idx" ON "hub_discussion_follows" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "hub_discussion_moderators_user_idx" ON "hub_discussion_moderators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "hub_discussion_posts_space_idx" ON "hub_discussion_posts" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "hub_discussion_posts_parent_idx" ON "hub_discussion_posts" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_discussion_questions_number_unique" ON "hub_discussion_questions" USING btree ("space_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_discussion_reports_once" ON "hub_discussion_reports" USING btree ("post_id","reporter_id");--> statement-breakpoint
CREATE INDEX "hub_discussion_reports_open_idx" ON "hub_discussion_reports" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "hub_discussion_spaces_closes_idx" ON "hub_discussion_spaces" USING btree ("closes_at");