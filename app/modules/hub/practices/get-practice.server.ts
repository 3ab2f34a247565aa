import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canCurateHub } from '../hub-policy';
import {
  canDecidePractice,
  canEditPractice,
  canMarkPromising,
  canReadPractice,
  canSeePracticeContact,
  hubPracticeEntityType,
  isPracticeSubmitter,
} from './practice-policy';
import { loadCall, loadPractice, withoutContact } from './practice-records.server';
import { implementedAfterDecember2018 } from './practice-rules';

/**
 * A practice as its page shows it to this viewer (404 to anyone who may not read it): tags, the call it
 * answers, the derived "implemented after December 2018" flag, what they may do, the editor's message
 * for the submitter and editors, and the contact person only for signed-in readers (null otherwise, so
 * it never reaches an anonymous reader's HTML).
 */
export async function getPractice(options: { db?: DbOrTx; subject: Subject; practiceId: string }) {
  const { db = getDb(), subject } = options;
  const practice = await loadPractice(db, options.practiceId);
  if (!canReadPractice(subject, practice)) throw notFound();
  const tags = await getTags({ db, entityType: hubPracticeEntityType, entityIds: [practice.id] });
  const call = practice.callId ? await loadCall(db, practice.callId).catch(() => null) : null;
  const insider = isPracticeSubmitter(subject, practice) || canCurateHub(subject);
  return {
    practice: withoutContact(practice),
    contact: canSeePracticeContact(subject, practice)
      ? { name: practice.contactName, email: practice.contactEmail }
      : null,
    afterDecember2018: implementedAfterDecember2018(practice),
    tags: tags.get(practice.id) ?? { objectives: [], principles: [], countries: [], regions: [] },
    call: call ? { id: call.id, theme: call.theme } : null,
    editorMessage: insider ? practice.editorMessage : null,
    can: {
      edit: canEditPractice(subject, practice),
      decide: canDecidePractice(subject, practice),
      promising: canMarkPromising(subject, practice),
      curate: canCurateHub(subject),
    },
  };
}

/** The practice with its contact person, for its edit form (the caller has checked canEditPractice). */
export async function getPracticeForEdit(options: { db?: DbOrTx; subject: Subject; practiceId: string }) {
  const { db = getDb(), subject } = options;
  const practice = await loadPractice(db, options.practiceId);
  if (!canReadPractice(subject, practice)) throw notFound();
  const tags = await getTags({ db, entityType: hubPracticeEntityType, entityIds: [practice.id] });
  return {
    practice,
    tags: tags.get(practice.id) ?? { objectives: [], principles: [], countries: [], regions: [] },
    canEdit: canEditPractice(subject, practice),
  };
}
