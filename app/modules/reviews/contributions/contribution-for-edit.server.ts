import { listAttachments } from '~/modules/files/list-attachments.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { loadSynthesisCycle } from '../synthesis/load-synthesis-input.server';
import { canRecordContribution } from './contribution-policy';
import { contributionEntityType, loadContribution } from './contribution-records.server';

/**
 * A recorded contribution as its edit form shows it: values keyed by the form's paths
 * (contributor.ar, text.en, objectives), its version and its file. Only its cycle's secretariat
 * (forbidden otherwise; notFound for an unknown cycle or contribution).
 */
export async function contributionForEdit(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  contributionId: string;
}) {
  const { db = getDb(), subject } = options;
  const cycle = await loadSynthesisCycle(db, options.cycleId);
  if (!canRecordContribution(subject, cycle)) throw forbidden();
  const row = await loadContribution(db, cycle.id, options.contributionId);
  const files = (await listAttachments({ db, entityType: contributionEntityType, entityIds: [row.id] })).get(
    row.id,
  );
  return {
    cycle: { id: cycle.id, title: cycle.title },
    contribution: {
      id: row.id,
      version: row.version,
      contributor: row.contributor,
      files: (files ?? []).map((f) => ({ fileId: f.fileId, name: f.originalName })),
    },
    values: {
      kind: row.kind,
      originalLanguage: row.originalLanguage,
      'contributor.ar': row.contributor.ar ?? '',
      'contributor.en': row.contributor.en ?? '',
      receivedOn: row.receivedOn,
      'text.ar': row.text.ar ?? '',
      'text.en': row.text.en ?? '',
    } as Record<string, string>,
    objectives: row.objectives.map(String),
  };
}
