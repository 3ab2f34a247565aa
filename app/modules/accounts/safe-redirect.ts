const base = 'http://marsad.invalid';

/**
 * A redirect target from user input (`next`, `returnTo`), kept only when it is a path on this
 * site: "/en/account?x=1" passes; "https://evil.example", "//evil.example", "/\\evil.example" and
 * anything that normalises to those fall back.
 */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
