const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * For plain-text places (page titles, e-mail subjects) where <bdi> cannot be used: text carrying
 * bidi control characters is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so the
 * controls cannot reorder the text around it. Other text is returned as it is.
 */
export function isolate(text: string): string {
  return bidiControls.test(text) ? `\u2068${text}\u2069` : text;
}
