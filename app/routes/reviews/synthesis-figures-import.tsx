/**
 * /{lang}/reviews/cycles/:cycleId/synthesis/figures/import — the figures page's CSV upload posts
 * here (an /import path takes the upload body cap); the page itself answers with the report.
 */
export { action, default, loader, meta } from './synthesis-figures';
