import SynthesisFigures, * as figures from './synthesis-figures';

/**
 * /{lang}/reviews/cycles/:cycleId/synthesis/figures/import — the figures page's CSV upload posts
 * here (an /import path takes the upload body cap); the page itself answers, with the report.
 */
export const loader = figures.loader;
export const action = figures.action;
export const meta = figures.meta;
export default SynthesisFigures;
