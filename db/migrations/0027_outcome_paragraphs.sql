CREATE TABLE "paragraph_citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_type" text NOT NULL,
	"document_id" uuid NOT NULL,
	"e_id" text NOT NULL,
	"citing_type" text NOT NULL,
	"citing_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_outcome_comments" ADD COLUMN "paragraph_id" text;--> statement-breakpoint
ALTER TABLE "review_outcome_versions" ADD COLUMN "paragraph_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "paragraph_citations_unique" ON "paragraph_citations" USING btree ("citing_type","citing_id","document_type","document_id","e_id");--> statement-breakpoint
CREATE INDEX "paragraph_citations_paragraph_idx" ON "paragraph_citations" USING btree ("document_type","document_id","e_id");