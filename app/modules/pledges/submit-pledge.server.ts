import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { applyTransition } from './apply-transition.server';
import { notifySecretariatOfSubmission } from './notify-secretariat.server';
import { loadIndicators, loadPartners } from './pledge-records.server';
import { hasQualityErrors } from './quality-check';
import { submissionErrors, submissionFindings } from './submission-check';

/**
 * The pledger sends a draft (or a pledge sent back for changes) for review. Here the rules of a
 * complete pledge apply (a draft saves with anything filled in): a missing or inconsistent field
 * answers pledgeIncomplete (422) with each refusal by path in `details.fieldErrors`; then the
 * quality check: any error finding answers pledgeQualityErrors (422), findings in `details.findings`. The Network secretariat is
 * told by mail (queued with the submission).
 */
export async function submitPledge(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  expectedVersion?: number;
  now?: Date;
  requestId?: string;
  /** The site's address for the secretariat's link (the configured one by default). */
  baseUrl?: string;
}) {
  const { db = getDb(), now = new Date() } = options;
  return db.transaction(async (tx) => {
    const submitted = await applyTransition(tx, {
      ...options,
      action: 'submit',
      now,
      async check(pledge) {
        const [indicators, partners] = await readTogether(tx, [
          () => loadIndicators(tx, pledge.id),
          () => loadPartners(tx, pledge.id),
        ]);
        const findings = submissionFindings(pledge, indicators, partners, now);
        const fieldErrors = submissionErrors(pledge, indicators, partners);
        const incomplete = Object.keys(fieldErrors).length;
        if (incomplete) {
          throw new AppError('pledgeIncomplete', 422, { count: incomplete }, { fieldErrors, findings });
        }
        if (hasQualityErrors(findings)) {
          const errors = findings.filter((f) => f.severity === 'error');
          throw new AppError('pledgeQualityErrors', 422, { count: errors.length }, { findings });
        }
      },
    });
    await notifySecretariatOfSubmission({ db: tx, pledge: submitted, baseUrl: options.baseUrl });
    return submitted;
  });
}
