-- Custom SQL migration file, put your code below! ---- The public data's change stamp (ETags of public pages and the API, feeds, bulk files): one row,
-- bumped once per transaction that changes the content index or the reference data. The bump is a
-- deferred trigger, so it runs at commit: the row is locked only while a transaction commits, and a
-- reader never sees a new stamp before the change it stands for.
CREATE TABLE "content_index_stamp" (
	"id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
	"version" bigint NOT NULL DEFAULT 1,
	"changed_at" timestamp with time zone NOT NULL DEFAULT now(),
	"last_xact" xid8
);
--> statement-breakpoint
INSERT INTO "content_index_stamp" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION marsad_bump_content_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE content_index_stamp
    SET version = version + 1, changed_at = clock_timestamp(), last_xact = pg_current_xact_id()
    WHERE id = 1 AND last_xact IS DISTINCT FROM pg_current_xact_id();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER content_items_stamp AFTER INSERT OR UPDATE OR DELETE ON content_items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER objectives_stamp AFTER INSERT OR UPDATE OR DELETE ON objectives DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER principles_stamp AFTER INSERT OR UPDATE OR DELETE ON principles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER thematic_areas_stamp AFTER INSERT OR UPDATE OR DELETE ON thematic_areas DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stakeholder_categories_stamp AFTER INSERT OR UPDATE OR DELETE ON stakeholder_categories DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER regions_stamp AFTER INSERT OR UPDATE OR DELETE ON regions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER countries_stamp AFTER INSERT OR UPDATE OR DELETE ON countries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER region_members_stamp AFTER INSERT OR UPDATE OR DELETE ON region_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
