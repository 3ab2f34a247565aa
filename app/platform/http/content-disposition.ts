/**
 * The Content-Disposition of a download (RFC 6266). A name of plain printable ASCII is sent as it
 * is; any other name (Arabic, quotes, semicolons) goes percent-encoded in UTF-8 as `filename*`
 * (RFC 8187), after an ASCII `filename` for old clients: `fallback` when given, else the name with
 * the rest replaced by `_` ("file.pdf" when nothing readable is left).
 */
export function contentDisposition(fileName: string, options: { fallback?: string } = {}): string {
  const ascii = asciiName(options.fallback ?? fileName);
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function asciiName(name: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return /[A-Za-z0-9]/.test(ascii.slice(0, ascii.length - ext.length)) ? ascii : `file${ext}`;
}
