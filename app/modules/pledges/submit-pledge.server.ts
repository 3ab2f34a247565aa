import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { applyTransition } from './apply-transition.server';
import { notifySecretariatOfSubmission } from './notify-secretariat.server';
import { loadIndicators, loadPartners, qualityInputOf } from './pledge-records.server';
import { hasQualityErrors, qualityCheck } from './quality-check';

/**
 * The pledger sends a draft (or a pledge sent back for changes) for review. The quality check
 * runs again: with any error finding the pledge stays as it is and the answer is
 * pledgeQualityErrors (422) with every finding in `details.findings`. The Network secretariat is
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
        const findings = qualityCheck({ pledge: qualityInputOf(pledge, indicators, partners), today: now });
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
