ALTER TABLE "indicator_values" ADD COLUMN "review_id" uuid;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_review_idx" ON "indicator_values" USING btree ("review_id");