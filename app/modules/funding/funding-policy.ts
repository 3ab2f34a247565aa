import type { ConceptNoteStatus } from '#db/schema/funding-values';
import { readerSet, resourceKeys, userKey } from '~/permissions/access-keys';
import { can, type Resource, type Subject } from '~/permissions/resolver';
import { AppError, forbidden } from '~/platform/errors';

/**
 * Who may do what in the Migration MPTF area — the one place these rules live (pages, API and
 * operations ask here). A government (its focal points, funding.submit within the state) submits a
 * concept note; the fund's secretariat (funding.manage) screens it, moves it along the pipeline and
 * records the steering committee's decisions; the steering committee (funding.read) reads everything.
 * The public sees the pipeline from "in pipeline" on; before that, and a note not selected, stay with
 * the secretariat, the steering committee and the submitting government.
 */
export const pipelineActions = ['screen', 'admit', 'select', 'reject', 'fund', 'close'] as const;
export type PipelineAction = (typeof pipelineActions)[number];

export interface PipelineRule {
  from: readonly ConceptNoteStatus[];
  to: ConceptNoteStatus;
  /** A steering committee decision must be named (selection is the committee's). */
  needsDecision: boolean;
  /** A reason must be given (a note not selected learns why). */
  needsReason: boolean;
}

export const pipelineRules: Record<PipelineAction, PipelineRule> = {
  screen: { from: ['submitted'], to: 'screened', needsDecision: false, needsReason: false },
  admit: { from: ['screened'], to: 'in_pipeline', needsDecision: false, needsReason: false },
  select: { from: ['in_pipeline'], to: 'selected', needsDecision: true, needsReason: false },
  reject: {
    from: ['submitted', 'screened', 'in_pipeline'],
    to: 'not_selected',
    needsDecision: false,
    needsReason: true,
  },
  fund: { from: ['selected'], to: 'funded', needsDecision: false, needsReason: false },
  close: { from: ['funded'], to: 'closed', needsDecision: false, needsReason: false },
};

/** Statuses an anonymous reader may open: the published pipeline. */
export const publicConceptNoteStatuses: readonly ConceptNoteStatus[] = [
  'in_pipeline',
  'selected',
  'funded',
  'closed',
];
export const isPublicConceptNote = (status: ConceptNoteStatus) => publicConceptNoteStatuses.includes(status);

export interface ConceptNoteRef {
  status: ConceptNoteStatus;
  countryIso3: string | null;
  submittedBy: string | null;
}

const noteResource = (note: Pick<ConceptNoteRef, 'countryIso3'>): Resource => ({ country: note.countryIso3 });

/** May the subject submit a concept note for this state (null: a regional note, the secretariat's)? */
export const canSubmitConceptNote = (subject: Subject, countryIso3: string | null) =>
  countryIso3 ? can(subject, 'funding.submit', { country: countryIso3 }) : can(subject, 'funding.manage', {});

export function checkSubmitConceptNote(subject: Subject, countryIso3: string | null): void {
  if (!canSubmitConceptNote(subject, countryIso3)) throw forbidden();
}

/** May the subject open the new-note form at all (for some state)? */
export const mayOpenConceptNoteForm = (subject: Subject) =>
  can(subject, 'funding.submit', undefined, { somewhere: true });

/** The fund's secretariat: pipeline moves, decisions, programmes, transfers, contributions. */
export const canManageFund = (subject: Subject) => can(subject, 'funding.manage', {});
export function checkManageFund(subject: Subject): void {
  if (!canManageFund(subject)) throw forbidden();
}

/** Secretariat and steering committee: everything in the pipeline, published or not. */
export const canReadWholePipeline = (subject: Subject) => can(subject, 'funding.read', {});

export function canViewConceptNote(subject: Subject, note: ConceptNoteRef): boolean {
  if (isPublicConceptNote(note.status)) return true;
  if (canReadWholePipeline(subject)) return true;
  if (subject.userId && note.submittedBy === subject.userId) return true;
  return note.countryIso3 ? can(subject, 'funding.submit', noteResource(note)) : false;
}

/** canViewConceptNote as access keys for the content index. */
export function conceptNoteReaders(note: ConceptNoteRef): string[] {
  return readerSet(
    resourceKeys('funding.read', {}),
    note.countryIso3 ? resourceKeys('funding.submit', noteResource(note)) : [],
    note.submittedBy ? [userKey(note.submittedBy)] : [],
  );
}

export function canMoveConceptNote(subject: Subject, note: ConceptNoteRef, action: PipelineAction): boolean {
  return canManageFund(subject) && pipelineRules[action].from.includes(note.status);
}

/** The actions the subject may take on this note now (for buttons; the server checks again). */
export const allowedPipelineActions = (subject: Subject, note: ConceptNoteRef): PipelineAction[] =>
  pipelineActions.filter((action) => canMoveConceptNote(subject, note, action));

/**
 * The status after the action, or throws: forbidden (403) for anyone but the fund's secretariat,
 * pipelineMoveNotAllowed (409) from a status the action does not leave, decisionRequired /
 * reasonRequired (400) when the rule needs them.
 */
export function checkPipelineMove(options: {
  subject: Subject;
  note: ConceptNoteRef;
  action: PipelineAction;
  decisionId?: string | null;
  hasReason: boolean;
}): ConceptNoteStatus {
  const rule = pipelineRules[options.action];
  checkManageFund(options.subject);
  if (!rule.from.includes(options.note.status)) {
    throw new AppError('pipelineMoveNotAllowed', 409, {
      action: options.action,
      status: options.note.status,
    });
  }
  if (rule.needsDecision && !options.decisionId)
    throw new AppError('steeringDecisionRequired', 400, { field: 'decisionId' });
  if (rule.needsReason && !options.hasReason)
    throw new AppError('notSelectedReasonRequired', 400, { field: 'reason.ar' });
  return rule.to;
}
