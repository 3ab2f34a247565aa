import { describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { decidePractice } from '~/modules/hub/practices/decide-practice.server';
import { practiceInput } from '~/modules/hub/practices/practice-fixtures';
import { submitPractice } from '~/modules/hub/practices/submit-practice.server';
import { request } from './http';
import { useTestPlatform } from './platform';

describe('GET /api/v1/practices', () => {
  const platform = useTestPlatform();

  it('lists approved practices only, with filters and the list envelope, never the contact person', async () => {
    const { db } = platform().database;
    const user = await createUser(db);
    const editorUser = await createUser(db, { roles: [{ role: 'network_secretariat' }] });
    const subject = { userId: user.id, grants: await loadGrants(user.id) };
    const editor = { userId: editorUser.id, grants: await loadGrants(editorUser.id) };
    const approved = await submitPractice({ db, subject, input: practiceInput });
    await decidePractice({
      db,
      subject: editor,
      practiceId: approved.id,
      input: { decision: 'approve' },
      expectedVersion: 1,
    });
    const english = await submitPractice({
      db,
      subject,
      input: {
        ...practiceInput,
        originalLanguage: 'en',
        title: { en: 'Health card for migrant workers' },
        summary: { en: 'Primary health care for migrant workers regardless of status.' },
        countries: ['EGY'],
        objectives: ['15'],
        principles: ['people_centred'],
      },
    });
    await decidePractice({
      db,
      subject: editor,
      practiceId: english.id,
      input: { decision: 'approve' },
      expectedVersion: 1,
    });
    const waiting = await submitPractice({
      db,
      subject,
      input: { ...practiceInput, title: { ar: 'ممارسة لم تُعتمد بعد' } },
    });

    const response = await request('/api/v1/practices');
    expect(response.status).toBe(200);
    const text = await response.text();
    const all = JSON.parse(text) as {
      data: {
        id: string;
        objectives: number[];
        countries: string[];
        implementedAfterDecember2018: boolean;
      }[];
      page: { total: number; limit: number; offset: number };
    };
    expect(all.page).toEqual({ total: 2, totalCapped: false, limit: 50, offset: 0 });
    expect(all.data.map((p) => p.id).sort()).toEqual([approved.id, english.id].sort());
    expect(all.data.map((p) => p.id)).not.toContain(waiting.id);
    // No contact person in any form.
    expect(text).not.toContain('laila.haddad');
    expect(text).not.toContain('ليلى');
    expect(text).not.toMatch(/contact/i);
    expect(all.data.find((p) => p.id === approved.id)).toMatchObject({
      objectives: [18, 21],
      countries: ['JOR'],
      implementedAfterDecember2018: true,
    });

    const ids = async (query: string) =>
      ((await (await request(`/api/v1/practices?${query}`)).json()) as { data: { id: string }[] }).data.map(
        (p) => p.id,
      );
    expect(await ids('objective=21')).toEqual([approved.id]);
    expect(await ids('principle=people_centred')).toEqual([english.id]);
    expect(await ids('country=egy')).toEqual([english.id]);
    // The fixture is described in both languages; the second practice in English only.
    expect(await ids('language=ar')).toEqual([approved.id]);
    expect((await ids('language=en')).sort()).toEqual([approved.id, english.id].sort());
    expect(await ids(`q=${encodeURIComponent('نافذة')}`)).toEqual([approved.id]);
    expect(await ids('objective=1')).toEqual([]);

    for (const [query, field] of [
      ['language=fr', 'language'],
      ['objective=24', 'objective'],
      ['country=JO', 'country'],
      ['principle=nope', 'principle'],
    ]) {
      const bad = await request(`/api/v1/practices?${query}`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'invalidFilter', field } });
    }

    const doc = (await (await request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/practices']).toBeTruthy();
    expect(doc.components.schemas.HubPractice).toBeTruthy();
  }, 120_000);
});
