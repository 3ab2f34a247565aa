import type { Locale } from '#db/schema/columns';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { renderSynthesisDocx } from '../docx/synthesis-docx';
import { getSynthesisForReader } from './get-synthesis.server';
import { presentSynthesis } from './present-synthesis';

/**
 * A published version of a cycle's synthesis report (the latest unless `number` is given) as a
 * DOCX in one language, with its download names. Answers as an anonymous reader would: the draft
 * is never exported; synthesisNotPublished (404) before the first version, notFound otherwise.
 */
export async function exportSynthesisDocx(options: {
  db?: DbOrTx;
  cycleId: string;
  number?: number;
  locale: Locale;
  baseUrl: string;
  subject?: Subject;
}) {
  const reader = await getSynthesisForReader({
    db: options.db,
    subject: options.subject ?? anonymousSubject,
    cycleId: options.cycleId,
    number: options.number,
  });
  const { shown, cycle } = reader;
  const view = presentSynthesis({
    compiled: shown.compiled,
    narrative: shown.narrative,
    locale: options.locale,
    number: shown.number,
    publishedAt: shown.publishedAt,
  });
  const bytes = await renderSynthesisDocx({
    view,
    i18n: serverI18n(options.locale),
    baseUrl: options.baseUrl,
  });
  const year = (shown.publishedAt ?? new Date()).getUTCFullYear();
  const label = shown.number === null ? 'draft' : `v${shown.number}`;
  return {
    bytes,
    number: shown.number,
    fileName: `marsad-synthesis-${cycle.regionId.toLowerCase()}-${year}-${label}-${options.locale}.docx`,
    displayName: `${view.cycle.title.text} — ${label}.docx`,
  };
}
