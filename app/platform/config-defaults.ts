/**
 * Defaults of settings that code outside the server also names (config.server.ts reads the settings).
 * IATI_ORG_REF's default: a placeholder until the fund's secretariat gives its registered IATI
 * organisation identifier (docs/iati-export.md); the IATI export flags it while it is in use.
 */
export const IATI_PLACEHOLDER_ORG_REF = 'XX-MARSAD-MPTF';
