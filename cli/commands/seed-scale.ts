import { defaultScaleSizes, seedScale } from '#seed/scale';
import type { Command } from '../command';

export const seedScaleCommand: Command = {
  summary: 'Load the large data set for benchmarks (npm run seed:scale)',
  usage: [
    'seed-scale',
    '',
    `Adds ${defaultScaleSizes.organisations} organisations and ${defaultScaleSizes.pledges} pledges (by every UN member state`,
    'and the organisations) with tags, indicators and progress updates;',
    `${defaultScaleSizes.reviewCycles} review cycles per regional body with national reviews; ${defaultScaleSizes.resources} Hub resources;`,
    `${defaultScaleSizes.experts} experts; ${defaultScaleSizes.meetings} meetings with their sessions. Then rebuilds the content index.`,
    'Runs once per database: a second run changes nothing. Use a separate DATA_DIR (or database).',
  ].join('\n'),
  async run({ platform, print }) {
    const { database } = await platform();
    await seedScale({ db: database.db, print });
    return 0;
  },
};
