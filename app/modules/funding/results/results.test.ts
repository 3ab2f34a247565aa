import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/index';
import { person } from '~/modules/reviews/authoring/test-people';
import { anonymousSubject } from '~/permissions/resolver';
import { IATI_PLACEHOLDER_ORG_REF } from '~/platform/config-defaults';
import type { Db } from '~/platform/db.server';
import { formInput } from '~/platform/forms/paths';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { refusal } from '../../../../tests/refusal';
import { iatiActivities, iatiIdentifier, iatiTable } from '../iati/iati-activity';
import { readIatiProgrammes } from '../iati/iati-export.server';
import { moveConceptNote } from '../move-concept-note.server';
import { recordSteeringDecision } from '../record-steering-decision.server';
import { recordTransfer } from '../record-transfer.server';
import { submitConceptNote } from '../submit-concept-note.server';
import {
  decisionInput,
  validConceptNoteInput,
  validIndicatorForm,
  validPeriodForm,
  validReportForm,
  validResultForm,
} from '../test-fixtures';
import { readProgressReports, readResults } from './results-records.server';
import { saveProgressReport } from './save-progress-report.server';
import { saveIndicator, savePeriod, saveResult } from './save-results.server';

const now = new Date('2025-06-10T09:00:00Z');
const form = (base: Record<string, string | string[]>, changes: Record<string, string> = {}) =>
  formInput({ ...base, ...changes });

for (const store of testStores) {
  describe(`a joint programme's results framework (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    /** A Jordanian concept note taken through the pipeline to a funded programme (2025-06-10 → 2027-06-09). */
    async function fundedProgramme() {
      const submitter = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const people = {
        submitter: submitter.subject,
        colleague: (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject,
        egypt: (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject,
        secretariat: (await person(db(), [{ role: 'network_secretariat' }])).subject,
        committee: (await person(db(), [{ role: 'fund_steering_committee' }])).subject,
      };
      const note = await submitConceptNote({ subject: people.submitter, input: validConceptNoteInput, now });
      const s = people.secretariat;
      await moveConceptNote({ subject: s, conceptNoteId: note.id, action: 'screen', now });
      await moveConceptNote({ subject: s, conceptNoteId: note.id, action: 'admit', now });
      const decision = await recordSteeringDecision({ subject: s, input: decisionInput() });
      await moveConceptNote({
        subject: s,
        conceptNoteId: note.id,
        action: 'select',
        input: { decisionId: decision.id },
        now,
      });
      const { programme } = await moveConceptNote({
        subject: s,
        conceptNoteId: note.id,
        action: 'fund',
        now,
      });
      return { programme: programme!, people };
    }

    it('is kept by the programme’s people only: its state’s focal points, the submitter and the secretariat', async () => {
      const { programme, people } = await fundedProgramme();
      const attempt = (subject: typeof people.egypt) =>
        saveResult({ subject, programmeId: programme.id, input: form(validResultForm) });
      for (const outsider of [anonymousSubject, people.egypt, people.committee])
        expect((await refusal(() => attempt(outsider))).status).toBe(403);
      for (const member of [people.submitter, people.colleague, people.secretariat])
        expect((await attempt(member)).programmeId).toBe(programme.id);
      // An unknown programme is not found, not forbidden.
      expect(
        (
          await refusal(() =>
            saveResult({
              subject: people.secretariat,
              programmeId: '00000000-0000-4000-8000-000000000000',
              input: form(validResultForm),
            }),
          )
        ).status,
      ).toBe(404);
    });

    it('builds results → indicators → periods, refuses a stale save, audits each change', async () => {
      const { programme, people } = await fundedProgramme();
      const me = people.submitter;
      const result = await saveResult({
        subject: me,
        programmeId: programme.id,
        input: form(validResultForm),
      });
      const indicator = await saveIndicator({
        subject: me,
        programmeId: programme.id,
        resultId: result.id,
        input: form(validIndicatorForm),
      });
      expect(indicator).toMatchObject({ baselineValue: 1200, measure: 'unit', ascending: true, version: 1 });
      const period = await savePeriod({
        subject: me,
        programmeId: programme.id,
        indicatorId: indicator.id,
        input: form(validPeriodForm),
        today: '2025-07-01',
      });
      // A second period overlapping the first is refused; the next year is fine.
      const overlap = await refusal(() =>
        savePeriod({
          subject: me,
          programmeId: programme.id,
          indicatorId: indicator.id,
          input: form(validPeriodForm, { periodStart: '2026-06-01', periodEnd: '2027-06-09' }),
        }),
      );
      expect(overlap.code).toBe('periodsOverlap');
      await savePeriod({
        subject: me,
        programmeId: programme.id,
        indicatorId: indicator.id,
        input: form(validPeriodForm, {
          periodStart: '2026-06-10',
          periodEnd: '2027-06-09',
          targetValue: '3000',
        }),
      });

      // The actual value, once the period has begun, on the version read; a second save on v1 is stale.
      const update = (version: string) =>
        savePeriod({
          subject: people.colleague,
          programmeId: programme.id,
          indicatorId: indicator.id,
          periodId: period.id,
          input: form(validPeriodForm, { actualValue: '1850', actualComment: 'سجلات وزارة العمل', version }),
          today: '2026-06-10',
        });
      const updated = await update('1');
      expect(updated).toMatchObject({ actualValue: 1850, version: 2 });
      expect((await refusal(() => update('1'))).code).toBe('staleVersion');
      // Editing its own period does not count as overlapping itself.
      expect(updated.periodStart).toBe('2025-06-10');

      // A period of another programme's indicator is not reachable through this programme.
      const other = await fundedProgramme();
      expect(
        (
          await refusal(() =>
            savePeriod({
              subject: other.people.secretariat,
              programmeId: other.programme.id,
              indicatorId: indicator.id,
              input: form(validPeriodForm),
            }),
          )
        ).status,
      ).toBe(404);

      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'indicator_period'), eq(auditLog.entityId, period.id)));
      expect(audit.map((a) => a.action).sort()).toEqual([
        'indicator_period.create',
        'indicator_period.update',
      ]);

      const framework = (await readResults(db(), [programme.id])).get(programme.id)!;
      expect(framework).toHaveLength(1);
      expect(
        framework[0]!.indicators[0]!.periods.map((p) => [p.periodStart, p.targetValue, p.actualValue]),
      ).toEqual([
        ['2025-06-10', 2000, 1850],
        ['2026-06-10', 3000, null],
      ]);

      // Moving the baseline after a period's start is refused: the periods must still hold.
      const moved = await refusal(() =>
        saveIndicator({
          subject: me,
          programmeId: programme.id,
          resultId: result.id,
          indicatorId: indicator.id,
          input: form(validIndicatorForm, { baselineDate: '2025-07-01', version: '1' }),
        }),
      );
      expect(moved.code).toBe('periodBeforeBaseline');
    });

    it('keeps one progress report per period, versioned, within the programme', async () => {
      const { programme, people } = await fundedProgramme();
      const me = people.colleague;
      const report = await saveProgressReport({
        subject: me,
        programmeId: programme.id,
        input: form(validReportForm),
      });
      const twice = await refusal(() =>
        saveProgressReport({ subject: me, programmeId: programme.id, input: form(validReportForm) }),
      );
      expect([twice.code, twice.status]).toEqual(['reportPeriodTaken', 409]);
      const outside = await refusal(() =>
        saveProgressReport({
          subject: me,
          programmeId: programme.id,
          input: form(validReportForm, { periodStart: '2025-01-01' }),
        }),
      );
      expect(outside.code).toBe('periodOutsideProgramme');
      expect(
        (
          await refusal(() =>
            saveProgressReport({
              subject: people.egypt,
              programmeId: programme.id,
              input: form(validReportForm),
            }),
          )
        ).status,
      ).toBe(403);
      const edited = await saveProgressReport({
        subject: people.secretariat,
        programmeId: programme.id,
        reportId: report.id,
        input: form(validReportForm, { 'summary.ar': 'نص منقح للتقرير.', version: '1' }),
      });
      expect(edited).toMatchObject({ version: 2, summary: { ar: 'نص منقح للتقرير.' } });
      const stale = await refusal(() =>
        saveProgressReport({
          subject: me,
          programmeId: programme.id,
          reportId: report.id,
          input: form(validReportForm, { version: '1' }),
        }),
      );
      expect(stale.code).toBe('staleVersion');
      expect(await readProgressReports(db(), [programme.id])).toHaveLength(1);
    });

    it('exports programmes in IATI’s shape: budget, commitment and disbursements, results with periods', async () => {
      const { programme, people } = await fundedProgramme();
      const s = people.secretariat;
      await recordTransfer({
        subject: s,
        programmeId: programme.id,
        input: { organisation: 'IOM', amountUsd: '1000000', transferredOn: '2025-07-01' },
      });
      const result = await saveResult({
        subject: s,
        programmeId: programme.id,
        input: form(validResultForm),
      });
      const indicator = await saveIndicator({
        subject: s,
        programmeId: programme.id,
        resultId: result.id,
        input: form(validIndicatorForm, { measure: 'percentage', baselineValue: '40', ascending: '' }),
      });
      await savePeriod({
        subject: s,
        programmeId: programme.id,
        indicatorId: indicator.id,
        input: form(validPeriodForm, { targetValue: '60', actualValue: '55' }),
        today: '2026-07-01',
      });
      await saveProgressReport({ subject: s, programmeId: programme.id, input: form(validReportForm) });

      const programmes = await readIatiProgrammes({ db: db() });
      const json = iatiActivities(programmes, new Date('2026-07-02T00:00:00Z'), IATI_PLACEHOLDER_ORG_REF);
      expect(json['iati-activities']['@version']).toBe('2.03');
      // The placeholder identifier is flagged; a registered one (the IATI_ORG_REF setting) is not.
      expect(json['iati-activities']['marsad:notice']?.['#text']).toContain(
        'XX-MARSAD-MPTF is a placeholder',
      );
      const registered = iatiActivities(programmes, new Date(), 'XM-DAC-41114')['iati-activities'];
      expect(registered).not.toHaveProperty('marsad:notice');
      expect(registered['iati-activity'][0]!['reporting-org']['@ref']).toBe('XM-DAC-41114');
      expect(registered['iati-activity'][0]!['iati-identifier']).toMatch(/^XM-DAC-41114-/);
      const activity = json['iati-activities']['iati-activity'].find(
        (a) => a['iati-identifier'] === iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programme.id),
      )!;
      expect(activity).toMatchObject({
        '@default-currency': 'USD',
        title: {
          narrative: [
            { '@xml:lang': 'ar', '#text': 'تعزيز مسارات الهجرة النظامية للعمال' },
            { '@xml:lang': 'en' },
          ],
        },
        'activity-status': { '@code': '2' },
        'activity-date': [
          { '@type': '2', '@iso-date': '2025-06-10' },
          { '@type': '3', '@iso-date': '2027-06-09' },
        ],
        'recipient-country': [{ '@code': 'JO', '@percentage': 100 }],
        sector: [{ '@vocabulary': '99', '@code': '4' }],
        tag: [
          { '@vocabulary': '99', '@code': 'GCM-5' },
          { '@vocabulary': '99', '@code': 'GCM-6' },
        ],
        budget: [
          {
            '@type': '1',
            '@status': '2',
            'period-start': { '@iso-date': '2025-06-10' },
            'period-end': { '@iso-date': '2027-06-09' },
            value: { '@currency': 'USD', '@value-date': '2025-06-10', '#text': 2_500_000 },
          },
        ],
        transaction: [
          { 'transaction-type': { '@code': '2' }, value: { '#text': 2_500_000 } },
          {
            'transaction-type': { '@code': '3' },
            'transaction-date': { '@iso-date': '2025-07-01' },
            value: { '@currency': 'USD', '#text': 1_000_000 },
            'receiver-org': { narrative: [{ '#text': 'IOM' }] },
          },
        ],
        'document-link': [{ '@url': 'https://example.org/report-2026.pdf', category: { '@code': 'A07' } }],
        result: [
          {
            '@type': '2',
            indicator: [
              {
                '@measure': '2',
                '@ascending': '0',
                baseline: [{ '@year': 2025, '@iso-date': '2025-06-10', '@value': 40 }],
                period: [
                  {
                    'period-start': { '@iso-date': '2025-06-10' },
                    'period-end': { '@iso-date': '2026-06-09' },
                    target: [{ '@value': 60 }],
                    actual: [{ '@value': 55 }],
                  },
                ],
              },
            ],
          },
        ],
      });
      // The JSON is plain data: it survives a round trip unchanged.
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);

      const own = programmes.filter((p) => p.id === programme.id);
      const transactions = iatiTable('transaction', own, IATI_PLACEHOLDER_ORG_REF);
      expect(transactions[0]).toEqual([
        'iati-identifier',
        'transaction/transaction-type/@code',
        'transaction/transaction-date/@iso-date',
        'transaction/value/@currency',
        'transaction/value/@value-date',
        'transaction/value',
        'transaction/receiver-org/narrative',
      ]);
      expect(transactions.slice(1)).toEqual([
        [
          iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programme.id),
          '2',
          '2025-06-10',
          'USD',
          '2025-06-10',
          '2500000.00',
          null,
        ],
        [
          iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programme.id),
          '3',
          '2025-07-01',
          'USD',
          '2025-07-01',
          '1000000.00',
          'IOM',
        ],
      ]);
      const results = iatiTable('result', own, IATI_PLACEHOLDER_ORG_REF);
      expect(results).toHaveLength(2);
      expect(results[1]!.slice(-4)).toEqual(['2025-06-10', '2026-06-09', 60, 55]);
      expect(iatiTable('budget', own, IATI_PLACEHOLDER_ORG_REF)[1]!.at(-1)).toBe('2500000.00');
      expect(iatiTable('activity', own, IATI_PLACEHOLDER_ORG_REF)[1]!.slice(0, 4)).toEqual([
        iatiIdentifier(IATI_PLACEHOLDER_ORG_REF, programme.id),
        'تعزيز مسارات الهجرة النظامية للعمال',
        'Strengthening regular pathways for workers',
        '2',
      ]);
    });
  });
}
