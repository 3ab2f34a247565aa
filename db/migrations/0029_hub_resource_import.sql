ALTER TABLE "hub_resources" ADD COLUMN "import_hash" text;--> statement-breakpoint
ALTER TABLE "hub_resources" ADD COLUMN "imported_version" integer;