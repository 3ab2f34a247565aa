import { fieldRefusal } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { type ContributionInput, contributionSchema } from './contribution-schema';

/**
 * The rules recording and correcting a contribution share: the schema, and no day received after
 * today. Whether a file is there is known only later (a correction may keep the one attached), so
 * "text or file" is its own check.
 */
export function parseContribution(raw: unknown, now: Date): ContributionInput {
  const input = parseInput(contributionSchema, raw);
  if (input.receivedOn > now.toISOString().slice(0, 10)) {
    throw fieldRefusal('receivedOn', 'contributionReceivedInFuture');
  }
  return input;
}

export function requireTextOrFile(input: ContributionInput, hasFile: boolean): void {
  if (!input.text.ar && !input.text.en && !hasFile) {
    throw fieldRefusal(`text.${input.originalLanguage}`, 'contributionTextOrFile');
  }
}

/** The columns a contribution's input sets; objectives once each, in order. */
export const contributionColumns = (input: ContributionInput) => ({
  kind: input.kind,
  contributor: input.contributor,
  receivedOn: input.receivedOn,
  text: input.text,
  originalLanguage: input.originalLanguage,
  objectives: [...new Set(input.objectives)].sort((a, b) => a - b),
});
