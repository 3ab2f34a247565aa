-- Custom SQL migration file, put your code below! --
-- The GCM search vocabulary changes what a search finds (its "also searched" terms and the tagged
-- content it widens to), so a change to it is a change of public data: it bumps the change stamp
-- like the content index and the reference data do (0012_content_index_stamp), and cached pages,
-- ETags and bulk files made before it are not served again.
CREATE CONSTRAINT TRIGGER search_vocabulary_stamp AFTER INSERT OR UPDATE OR DELETE ON search_vocabulary DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marsad_bump_content_stamp();
