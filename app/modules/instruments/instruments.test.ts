import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  championConsiderations,
  champions,
  contentItems,
  countries,
  mechanisms,
  unNetworks,
} from '#db/schema/index';
import { countPublicContent } from '~/modules/content/count-content.server';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject } from '~/permissions/resolver';
import type { Db } from '~/platform/db.server';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { listChampions } from './champions/champion-records.server';
import { recordConsideration } from './champions/record-consideration.server';
import { saveChampion } from './champions/save-champion.server';
import { addChair } from './mechanisms/add-chair.server';
import { findMechanism, mechanismDetail, publicMechanisms } from './mechanisms/mechanism-records.server';
import { deleteActivity, recordActivity, updateActivity } from './mechanisms/record-activity.server';
import { updateMechanism } from './mechanisms/update-mechanism.server';
import { countryNetwork, listNetworks } from './networks/network-records.server';
import { addCountryNetwork, updateNetwork } from './networks/save-network.server';

const activityInput = (over: Record<string, unknown> = {}) => ({
  originalLanguage: 'ar',
  title: { ar: 'ورشة إقليمية حول بيانات الهجرة' },
  aims: { ar: 'تعزيز قدرات جهات الاتصال الوطنية على جمع البيانات' },
  outputs: { ar: 'توصيات مرفوعة إلى الاجتماع السنوي' },
  heldOn: '2024-05-27',
  countries: ['EGY', 'JOR'],
  objectives: ['1', '23'],
  status: 'published',
  ...over,
});

for (const store of testStores) {
  describe(`the instruments around the review (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;
    const people = async () => ({
      secretariat: (await person(db(), [{ role: 'network_secretariat' }])).subject,
      las: (await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }])).subject,
      ece: (await person(db(), [{ role: 'regional_secretariat', scopeId: 'ECE' }])).subject,
      focal: (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject,
    });

    it('seeds the reference records: the Arab champions, the ARCP with the League as secretariat, the networks', async () => {
      const roster = await listChampions({ db: db() });
      expect(roster.map((c) => c.countryIso3)).toEqual(expect.arrayContaining(['EGY', 'IRQ', 'MAR']));
      expect(roster.every((c) => c.status === 'published')).toBe(true);
      const arcp = await findMechanism({ db: db(), key: 'arcp' });
      expect(arcp?.secretariat.en).toContain('League of Arab States');
      expect(arcp?.secretariat.ar).toContain('جامعة الدول العربية');
      expect(arcp?.memberStates).toHaveLength(22);
      // Entries Marsad entered without a source are marked so.
      const [gfmd] = await db().select().from(mechanisms).where(eq(mechanisms.slug, 'gfmd'));
      expect(gfmd?.confirmation).toBe('unconfirmed');
      const networks = await listNetworks({ db: db() });
      expect(networks[0]?.level).toBe('global');
      expect(networks[0]?.executiveCommittee).toEqual(expect.arrayContaining(['IOM', 'ILO', 'UNHCR']));
      expect(networks[0]?.groups.find((g) => g.code === 'CWG 2.2')?.leads).toEqual(['IOM', 'OHCHR', 'UNDP']);
      expect(networks.find((n) => n.slug === 'arab-region')?.establishedYear).toBe(2020);
      expect((await countryNetwork({ db: db(), iso3: 'egy' }))?.slug).toBe('country-egy');
    });

    it('a champion must be a state, once; only the Network secretariat keeps the roster; edits are versioned', async () => {
      const { secretariat, focal } = await people();
      await db()
        .insert(countries)
        .values({ iso3: 'XTT', iso2: 'XT', m49: '999', name: { en: 'A territory' }, unStatus: 'other' });
      const territory = await refusal(() =>
        saveChampion({
          subject: secretariat,
          input: { countryIso3: 'XTT', originalLanguage: 'ar', status: 'published' },
        }),
      );
      expect(territory.code).toBe('championNotState');
      expect(Object.keys(errorFields(territory))).toEqual(['countryIso3']);
      const unknown = await refusal(() =>
        saveChampion({
          subject: secretariat,
          input: { countryIso3: 'ZZZ', originalLanguage: 'ar', status: 'published' },
        }),
      );
      expect(unknown.code).toBe('invalidChoice');
      const twice = await refusal(() =>
        saveChampion({
          subject: secretariat,
          input: { countryIso3: 'EGY', originalLanguage: 'ar', status: 'published' },
        }),
      );
      expect(twice.code).toBe('championExists');
      expect(
        (
          await refusal(() =>
            saveChampion({ subject: focal, input: { countryIso3: 'JOR', status: 'draft' } }),
          )
        ).code,
      ).toBe('forbidden');

      // A draft candidate is invisible to the public and the API's reader.
      const jordan = await saveChampion({
        subject: secretariat,
        input: { countryIso3: 'jor', originalLanguage: 'ar', status: 'draft', joinedOn: '2025-01-15' },
      });
      expect((await listChampions({ db: db() })).some((c) => c.countryIso3 === 'JOR')).toBe(false);
      expect(
        (await listChampions({ db: db(), subject: secretariat })).some((c) => c.countryIso3 === 'JOR'),
      ).toBe(true);

      const [egypt] = await db().select().from(champions).where(eq(champions.countryIso3, 'EGY'));
      const input = {
        countryIso3: 'EGY',
        originalLanguage: 'ar',
        status: 'published',
        joinedOn: '2021-06-24',
        commitments: { ar: 'إعداد خطة وطنية لتنفيذ الاتفاق العالمي' },
        supportRequested: { ar: 'دعم فني لإعداد الاستعراض الطوعي' },
        version: String(egypt!.version),
      };
      const saved = await saveChampion({ subject: secretariat, input });
      expect(saved.version).toBe(egypt!.version + 1);
      expect(saved.confirmation).toBe('confirmed');
      expect((await refusal(() => saveChampion({ subject: secretariat, input }))).code).toBe('staleVersion');
      const audit = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, saved.id), eq(auditLog.action, 'champion.update')));
      expect(audit).toHaveLength(1);
      expect(jordan.status).toBe('draft');
    });

    it('keeps each consideration with its criteria checklist', async () => {
      const { secretariat } = await people();
      await recordConsideration({
        subject: secretariat,
        input: {
          countryIso3: 'JOR',
          consideredOn: '2025-02-01',
          criteria: { geographicBalance: 'on', governmentCommitment: 'on' },
          outcome: 'pending',
        },
      });
      await recordConsideration({
        subject: secretariat,
        input: {
          countryIso3: 'JOR',
          consideredOn: '2025-04-01',
          criteria: { geographicBalance: 'on', governmentCommitment: 'on', unNetwork: 'on' },
          notes: 'تنتظر دعم المنسق المقيم',
          outcome: 'admitted',
        },
      });
      const rows = await db()
        .select()
        .from(championConsiderations)
        .where(eq(championConsiderations.countryIso3, 'JOR'));
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.consideredOn === '2025-04-01')?.criteria).toEqual({
        geographicBalance: true,
        governmentCommitment: true,
        unNetwork: true,
      });
      const bad = await refusal(() =>
        recordConsideration({
          subject: secretariat,
          input: { countryIso3: 'JOR', consideredOn: 'soon', outcome: 'maybe' },
        }),
      );
      expect(Object.keys(errorFields(bad)).sort()).toEqual(['consideredOn', 'outcome']);
    });

    it('validates an activity: objectives, states, the original text', async () => {
      const { secretariat } = await people();
      const none = await refusal(() =>
        recordActivity({
          subject: secretariat,
          mechanismKey: 'arcp',
          input: activityInput({ objectives: [] }),
        }),
      );
      expect(Object.keys(errorFields(none))).toEqual(['objectives']);
      const stranger = await refusal(() =>
        recordActivity({
          subject: secretariat,
          mechanismKey: 'arcp',
          input: activityInput({ countries: 'EGY QQQ' }),
        }),
      );
      expect(stranger.code).toBe('unknownCountries');
      expect(errorFields(stranger).countries?.[0]?.params).toEqual({ codes: 'QQQ' });
      const noArabic = await refusal(() =>
        recordActivity({
          subject: secretariat,
          mechanismKey: 'arcp',
          input: activityInput({ title: { en: 'Workshop' }, heldOn: '27/05/2024', objectives: ['24'] }),
        }),
      );
      expect(Object.keys(errorFields(noArabic)).sort()).toEqual(['heldOn', 'objectives[0]', 'title.ar']);
    });

    it('deletes an activity for those who record it, at the version seen; the radar and tags drop it', async () => {
      const { las, ece, focal } = await people();
      const before = (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType
        .mechanism_activity;
      const activity = await recordActivity({ subject: las, mechanismKey: 'arcp', input: activityInput() });
      expect(
        (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType.mechanism_activity,
      ).toBe(before + 1);
      for (const other of [ece, focal]) {
        const refused = await refusal(() =>
          deleteActivity({ subject: other, activityId: activity.id, expectedVersion: activity.version }),
        );
        expect(refused.code).toBe('forbidden');
      }
      const stale = await refusal(() =>
        deleteActivity({ subject: las, activityId: activity.id, expectedVersion: activity.version + 1 }),
      );
      expect(stale.code).toBe('staleVersion');
      await deleteActivity({ subject: las, activityId: activity.id, expectedVersion: activity.version });
      expect(await db().select().from(contentItems).where(eq(contentItems.id, activity.id))).toHaveLength(0);
      expect(
        (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType.mechanism_activity,
      ).toBe(before);
      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, activity.id));
      expect(audit.map((a) => a.action)).toContain('mechanism_activity.delete');
      expect(
        (await refusal(() => deleteActivity({ subject: las, activityId: activity.id, expectedVersion: 1 })))
          .code,
      ).toBe('notFound');
    });

    it('counts a published activity in the index (the radar), never a draft; the region and scope rules hold', async () => {
      const { secretariat, las, ece, focal } = await people();
      const before = (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType
        .mechanism_activity;
      const draft = await recordActivity({
        subject: las,
        mechanismKey: 'arcp',
        input: activityInput({ status: 'draft' }),
      });
      expect(
        (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType.mechanism_activity,
      ).toBe(before);
      const [row] = await db().select().from(contentItems).where(eq(contentItems.id, draft.id));
      expect(row?.visibility).toBe('restricted');
      expect((await publicMechanisms({ db: db() })).find((m) => m.slug === 'arcp')?.activities).toHaveLength(
        0,
      );
      const arcp = (await findMechanism({ db: db(), key: 'arcp' }))!;
      expect(
        (await mechanismDetail({ db: db(), subject: anonymousSubject, mechanism: arcp })).activities,
      ).toHaveLength(0);

      const published = await updateActivity({
        subject: secretariat,
        activityId: draft.id,
        input: activityInput({ version: String(draft.version) }),
      });
      expect(published.version).toBe(2);
      const counts = await countPublicContent({ db: db(), region: 'ARCP', objective: 1 });
      expect(counts.byType.mechanism_activity).toBe(before + 1);
      expect(
        (await countPublicContent({ db: db(), country: 'JOR', objective: 23 })).byType.mechanism_activity,
      ).toBe(1);
      const api = (await publicMechanisms({ db: db() })).find((m) => m.slug === 'arcp')!;
      expect(api.activities.map((a) => [a.objectives, a.countries])).toEqual([
        [
          [1, 23],
          ['EGY', 'JOR'],
        ],
      ]);

      // The ECE's secretariat and a focal point may not record the ARCP's activities.
      expect(
        (await refusal(() => recordActivity({ subject: ece, mechanismKey: 'arcp', input: activityInput() })))
          .code,
      ).toBe('forbidden');
      expect(
        (
          await refusal(() =>
            recordActivity({ subject: focal, mechanismKey: 'arcp', input: activityInput() }),
          )
        ).code,
      ).toBe('forbidden');

      // Unpublishing the mechanism takes its activities out of public counts.
      await updateMechanism({
        subject: secretariat,
        mechanismId: arcp.id,
        input: {
          name: arcp.name,
          kind: arcp.kind,
          originalLanguage: 'ar',
          memberStates: arcp.memberStates.join('\n'),
          secretariat: arcp.secretariat,
          status: 'draft',
          version: String(arcp.version),
        },
      });
      expect(
        (await countPublicContent({ db: db(), region: 'ARCP', objective: 1 })).byType.mechanism_activity,
      ).toBe(before);
      expect(await findMechanism({ db: db(), key: 'arcp' })).toBeNull();
    });

    it('keeps the chair history: hand-over closes the open period, overlaps are refused', async () => {
      const { secretariat } = await people();
      const arcp = (await findMechanism({ db: db(), key: 'arcp', subject: secretariat }))!;
      await addChair({
        subject: secretariat,
        mechanismId: arcp.id,
        input: { kind: 'rotating', countryIso3: 'EGY', fromOn: '2023-05-28' },
      });
      await addChair({
        subject: secretariat,
        mechanismId: arcp.id,
        input: { kind: 'rotating', countryIso3: 'MAR', fromOn: '2024-05-27' },
      });
      const overlap = await refusal(() =>
        addChair({
          subject: secretariat,
          mechanismId: arcp.id,
          input: { kind: 'rotating', countryIso3: 'JOR', fromOn: '2023-01-01', untilOn: '2023-06-30' },
        }),
      );
      expect(overlap.code).toBe('chairOverlap');
      const order = await refusal(() =>
        addChair({
          subject: secretariat,
          mechanismId: arcp.id,
          input: { kind: 'permanent', fromOn: '2022-01-01', untilOn: '2021-01-01' },
        }),
      );
      expect(Object.keys(errorFields(order)).sort()).toEqual(['countryIso3', 'untilOn']);
      const { chairs } = await mechanismDetail({ db: db(), subject: secretariat, mechanism: arcp });
      expect(chairs.map((c) => [c.countryIso3, c.fromOn, c.untilOn])).toEqual([
        ['MAR', '2024-05-27', null],
        ['EGY', '2023-05-28', '2024-05-26'],
      ]);
    });

    it('adds a country network once per state, kept by the secretariat', async () => {
      const { secretariat, focal } = await people();
      const input = {
        countryIso3: 'JOR',
        name: { ar: 'شبكة الأمم المتحدة المعنية بالهجرة في الأردن' },
        establishedYear: '٢٠٢١',
        status: 'published',
      };
      expect((await refusal(() => addCountryNetwork({ subject: focal, input }))).code).toBe('forbidden');
      const added = await addCountryNetwork({ subject: secretariat, input });
      expect(added.establishedYear).toBe(2021);
      expect((await refusal(() => addCountryNetwork({ subject: secretariat, input }))).code).toBe(
        'networkExists',
      );
      const [row] = await db().select().from(unNetworks).where(eq(unNetworks.countryIso3, 'JOR'));
      expect(row?.level).toBe('country');
    });

    it('keeps a network’s working groups as part of its entry: replaced in order, blank rows dropped, refused rows named, stale saves refused', async () => {
      const { secretariat, focal } = await people();
      const [global] = await listNetworks({ db: db(), where: eq(unNetworks.level, 'global') });
      const entry = {
        name: global!.name,
        status: 'published',
        members: global!.members.join('\n'),
        executiveCommittee: global!.executiveCommittee.join('\n'),
      };
      const blank = { kind: '', code: '', name: { ar: '', en: '' }, leads: '' };
      const groups = [
        { kind: 'workstream', code: 'WS 1', name: { ar: 'مسار العمل الأول', en: '' }, leads: 'IOM\nILO' },
        blank,
        { kind: 'thematic_working_group', code: '', name: { ar: '', en: 'Returns' }, leads: '' },
      ];
      const input = { ...entry, version: String(global!.version), groups };
      expect(
        (await refusal(() => updateNetwork({ subject: focal, networkId: global!.id, input }))).code,
      ).toBe('forbidden');
      // A row with a kind but no name is refused beside that row; nothing is saved.
      const unnamed = await refusal(() =>
        updateNetwork({
          subject: secretariat,
          networkId: global!.id,
          input: { ...input, groups: [groups[0], { ...blank, kind: 'workstream' }] },
        }),
      );
      expect(Object.keys(errorFields(unnamed))).toEqual(['groups[1].name']);
      await updateNetwork({ subject: secretariat, networkId: global!.id, input });
      const [saved] = await listNetworks({ db: db(), where: eq(unNetworks.id, global!.id) });
      expect(saved!.groups.map((g) => [g.kind, g.code, g.name, g.leads])).toEqual([
        ['workstream', 'WS 1', { ar: 'مسار العمل الأول' }, ['IOM', 'ILO']],
        ['thematic_working_group', null, { en: 'Returns' }, []],
      ]);
      // A save without the rows leaves the groups; the first save's version is now stale.
      expect(
        (await refusal(() => updateNetwork({ subject: secretariat, networkId: global!.id, input }))).code,
      ).toBe('staleVersion');
      await updateNetwork({
        subject: secretariat,
        networkId: global!.id,
        input: { ...entry, version: String(saved!.version) },
      });
      const [kept] = await listNetworks({ db: db(), where: eq(unNetworks.id, global!.id) });
      expect(kept!.groups).toHaveLength(2);
    });
  });
}
