import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/index';
import { searchVocabulary } from '#db/schema/search';
import { seedSearchVocabulary } from '#db/seed/search-vocabulary';
import { createUser } from '#seed/factories';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { loadSampleContent } from '../../../../tests/search-relevance/load-sample';
import { searchContent } from '../search-content.server';
import { addVocabularyEntry } from './add-vocabulary-entry.server';
import { getVocabularyEntry, listVocabularyEntries } from './list-vocabulary-entries.server';
import { removeVocabularyEntry } from './remove-vocabulary-entry.server';
import { updateVocabularyEntry } from './update-vocabulary-entry.server';
import { editVocabularyEntrySchema, newVocabularyEntrySchema } from './vocabulary-form';

const saffron = { ar: ['الزعفران'], en: ['saffron', 'crocus farming'], objectives: [6], principles: [] };

for (const store of testStores) {
  describe(`the search vocabulary, edited by a secretariat (${store})`, () => {
    const platform = useTestPlatform(store, { checkContentIndex: false });
    const db = () => platform().database.db as Db;
    const search = (q: string) => searchContent({ db: db(), subject: anonymousSubject, q, locale: 'en' });
    const audits = (key: string) =>
      db()
        .select({ action: auditLog.action, actorId: auditLog.actorId, after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'search.vocabulary'), eq(auditLog.entityId, key)))
        .orderBy(auditLog.id);

    it('adds a term that search reads at once, bumps the change stamp and audits', async () => {
      await loadSampleContent(db());
      const user = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
      expect((await search('saffron')).expansions).toEqual([]);
      const before = await readContentStamp(db());
      const added = await addVocabularyEntry({ db: db(), actorId: user.id, key: 'saffron', ...saffron });
      expect(added).toEqual({ key: 'saffron', version: 1 });
      const after = await readContentStamp(db());
      expect(BigInt(after.version)).toBeGreaterThan(BigInt(before.version));
      const result = await search('saffron');
      expect(result.expansions.map((e) => e.key)).toEqual(['saffron']);
      // The term names objective 6, so Arabic material tagged with it is found by an English word.
      expect(result.hits.length).toBeGreaterThan(0);
      expect(result.hits.every((h) => h.objectives.includes(6))).toBe(true);
      expect(await audits('saffron')).toMatchObject([{ action: 'search.vocabulary.add', actorId: user.id }]);
      expect((await listVocabularyEntries({ db: db() })).map((e) => e.key)).toContain('saffron');
    });

    it('refuses a key in use, a term with no searchable word and an unknown principle', async () => {
      const user = await createUser(db());
      await expect(
        addVocabularyEntry({ db: db(), actorId: user.id, key: 'saffron', ...saffron }),
      ).rejects.toMatchObject({ code: 'vocabularyKeyTaken', status: 409 });
      await expect(
        addVocabularyEntry({ db: db(), actorId: user.id, key: 'stop', ...saffron, en: ['the of'] }),
      ).rejects.toMatchObject({
        code: 'vocabularyTermUnsearchable',
        details: {
          fieldErrors: { en: [{ code: 'vocabularyTermUnsearchable', params: { term: 'the of' } }] },
        },
      });
      await expect(
        addVocabularyEntry({
          db: db(),
          actorId: user.id,
          key: 'p',
          ...saffron,
          principles: ['no-such-thing'],
        }),
      ).rejects.toMatchObject({
        code: 'invalidChoice',
        details: { fieldErrors: { principles: expect.any(Array) } },
      });
      expect(await getVocabularyEntry({ db: db(), key: 'stop' })).toBeNull();
    });

    it('saves an edit over the version read only, and search follows it', async () => {
      const user = await createUser(db());
      const edit = { ...saffron, en: ['saffron', 'spice growers'], objectives: [6, 18] };
      const saved = await updateVocabularyEntry({
        db: db(),
        actorId: user.id,
        key: 'saffron',
        version: 1,
        ...edit,
      });
      expect(saved.version).toBe(2);
      await expect(
        updateVocabularyEntry({ db: db(), actorId: user.id, key: 'saffron', version: 1, ...saffron }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
      const entry = await getVocabularyEntry({ db: db(), key: 'saffron' });
      expect(entry).toMatchObject({ en: ['saffron', 'spice growers'], objectives: [6, 18], version: 2 });
      expect((await search('spice growers')).expansions.map((e) => e.key)).toEqual(['saffron']);
      expect((await audits('saffron')).map((a) => a.action)).toEqual([
        'search.vocabulary.add',
        'search.vocabulary.update',
      ]);
    });

    it('removes an entry: search stops reading it, the start-up seed does not bring it back, adding revives it', async () => {
      const user = await createUser(db());
      await expect(
        removeVocabularyEntry({ db: db(), actorId: user.id, key: 'remittances', version: 99 }),
      ).rejects.toMatchObject({ code: 'staleVersion' });
      expect((await search('remittances')).expansions.map((e) => e.key)).toEqual(['remittances']);
      const stamp = await readContentStamp(db());
      await removeVocabularyEntry({ db: db(), actorId: user.id, key: 'remittances', version: 1 });
      expect(BigInt((await readContentStamp(db())).version)).toBeGreaterThan(BigInt(stamp.version));
      expect((await search('remittances')).expansions).toEqual([]);
      await seedSearchVocabulary(db());
      expect(await getVocabularyEntry({ db: db(), key: 'remittances' })).toBeNull();
      const [row] = await db().select().from(searchVocabulary).where(eq(searchVocabulary.key, 'remittances'));
      expect(row?.removedAt).toBeInstanceOf(Date);

      const revived = await addVocabularyEntry({
        db: db(),
        actorId: user.id,
        key: 'remittances',
        ar: ['التحويلات المالية'],
        en: ['remittances'],
        objectives: [20],
        principles: [],
      });
      expect(revived.version).toBe(3);
      expect((await search('remittances')).expansions.map((e) => e.key)).toEqual(['remittances']);
      expect((await audits('remittances')).map((a) => a.action)).toEqual([
        'search.vocabulary.remove',
        'search.vocabulary.add',
      ]);
    });
  });
}

describe('the vocabulary forms', () => {
  it('reads one term a line, drops blanks and repeats, and refuses what cannot be saved', () => {
    const ok = newVocabularyEntrySchema.safeParse({
      key: ' Saffron-Growers ',
      ar: 'الزعفران\n\n  الزعفران \nمزارعو الزعفران',
      en: 'saffron\r\nSaffron',
      objectives: ['٦', '18'],
    });
    expect(ok.success && ok.data).toEqual({
      key: 'saffron-growers',
      ar: ['الزعفران', 'مزارعو الزعفران'],
      en: ['saffron'],
      objectives: [6, 18],
      principles: [],
    });
    const bad = newVocabularyEntrySchema.safeParse({
      key: 'with space',
      ar: '',
      en: 'x'.repeat(81),
      objectives: '24',
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      key: 'errors.vocabularyKeyFormat',
      ar: 'errors.vocabularyTermsRequired',
      'objectives.0': 'errors.invalidChoice',
    });
    const long = editVocabularyEntrySchema.safeParse({ version: '1', ar: 'هجرة', en: 'x'.repeat(81) });
    expect(long.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['en', 'errors.vocabularyTermTooLong'],
    ]);
  });
});
