/** Field limits of the meeting forms, shared by the Zod schemas and the HTML constraints. */
export const MEETING_TITLE_MAX = 300;
export const MEETING_SUMMARY_MAX = 4000;
export const ORGANISERS_MAX = 500;
export const VENUE_MAX = 300;
export const URL_MAX = 500;
export const SESSION_TITLE_MAX = 300;
export const SESSION_SUMMARY_MAX = 4000;
export const ROOM_MAX = 100;
export const SPEAKER_NAME_MAX = 200;
export const AFFILIATION_MAX = 300;
export const RELEVANCE_MAX = 1000;
export const REASON_MAX = 1000;
export const MAX_CO_CHAIRS = 4;
export const STATEMENT_TITLE_MAX = 300;
export const STATEMENT_BODY_MAX = 50_000;
export const BACKGROUND_NOTE_TITLE_MAX = 300;
/** Background notes and statement files: PDF or Word, type-sniffed, at most 20 MB (as Hub resources). */
export const MEETING_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const meetingFileKinds = ['pdf', 'docx'] as const;
/** Characters of a statement file's text kept in the search index (as for Hub resources). */
export const indexedTextMax = 100_000;
