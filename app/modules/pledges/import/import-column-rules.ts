import { objectiveCount } from '~/modules/reference/constants';
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, TITLE_MAX_LENGTH } from '../pledge-schema';
import { EXTERNAL_ID_MAX_LENGTH, MAX_IMPORT_INDICATORS } from './import-columns';

/**
 * The figures the import page's column explanations name, from the rules that enforce them (so the
 * text and the check agree, and the figures show in the reader's digits). Apart from
 * import-columns.ts, which the browser loads: the pledge schema stays on the server.
 */
export const importColumnRuleValues = {
  firstIndicator: 1,
  indicators: MAX_IMPORT_INDICATORS,
  externalIdMax: EXTERNAL_ID_MAX_LENGTH,
  titleMax: TITLE_MAX_LENGTH,
  descriptionMin: DESCRIPTION_MIN_LENGTH,
  descriptionMax: DESCRIPTION_MAX_LENGTH,
  firstObjective: 1,
  lastObjective: objectiveCount,
  // The example date, in the reader's digits (the import reads Arabic-Indic digits too).
  exampleYear: 2026,
  exampleMonth: 3,
  exampleDay: 31,
} as const;
