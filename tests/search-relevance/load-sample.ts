import type { ContentEntry, ContentType } from '~/modules/content/content-type';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { writeEntries } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { type SampleItem, sampleItems } from './corpus';

/** The entry the index would hold for a sample item (public, published). */
export function sampleEntry(item: SampleItem): ContentEntry {
  return {
    id: item.id,
    visibility: 'public',
    readers: [],
    status: 'published',
    originalLanguage: item.lang,
    title: { [item.lang]: item.title },
    summary: { [item.lang]: item.summary },
    body: item.body ? { [item.lang]: item.body } : {},
    objectives: item.objectives,
    principles: item.principles ?? [],
    countries: [],
    regions: [],
    year: 2024,
    publishedAt: new Date('2024-06-01T00:00:00Z'),
    updatedAt: new Date('2024-06-01T00:00:00Z'),
    path: `/sample/${item.id}`,
    isSample: true,
  };
}

/**
 * Writes the sample content through the index's own write path (search vector and stems included).
 * The items have no source rows: a test using them turns the index-vs-sources check off.
 */
export async function loadSampleContent(
  db: DbOrTx,
  items: readonly SampleItem[] = sampleItems,
): Promise<void> {
  const byType = new Map<ContentTypeKey, ContentEntry[]>();
  for (const item of items) byType.set(item.type, [...(byType.get(item.type) ?? []), sampleEntry(item)]);
  for (const [key, entries] of byType) {
    const type: ContentType = { key, version: 1, project: async () => [], allIds: async () => [] };
    await writeEntries(db, type, entries);
  }
}
