import { describe, expect, it } from 'vitest';
import { messagePartsFor, type RouteMessageTable } from './route-messages';

const table: RouteMessageTable = {
  always: ['common', 'errors'],
  sets: [[], ['reference'], ['pledges', 'pledges-form', 'errors.pledges'], ['accounts']],
  routes: [
    { path: 'api/v1/pledges', set: 0 },
    {
      path: ':lang',
      set: 0,
      children: [
        { index: true, set: 1 },
        { path: 'pledges/new', set: 2 },
        { path: 'pledges/:id', set: 1 },
        { path: 'sign-in', set: 3 },
      ],
    },
  ],
};

describe('message parts per route', () => {
  it('unions the sets of every matched route with the parts every page gets, sorted', () => {
    expect(messagePartsFor(table, '/ar/pledges/new')).toEqual([
      'common',
      'errors',
      'errors.pledges',
      'pledges',
      'pledges-form',
    ]);
    expect(messagePartsFor(table, '/en/sign-in')).toEqual(['accounts', 'common', 'errors']);
    expect(messagePartsFor(table, '/ar')).toEqual(['common', 'errors', 'reference']);
  });

  it('prefers the static segment over the parameter, as the router does', () => {
    expect(messagePartsFor(table, '/ar/pledges/42')).toEqual(['common', 'errors', 'reference']);
  });

  it('gives an unknown page only what every page gets, and one array per set', () => {
    expect(messagePartsFor(table, '/ar/nowhere/at/all')).toEqual(['common', 'errors']);
    expect(messagePartsFor(table, '/ar/pledges/new')).toBe(messagePartsFor(table, '/en/pledges/new'));
  });

  it('matches a segment the table names no literal for as any parameter value, as the router would', () => {
    const forNew = messagePartsFor(table, '/ar/pledges/new');
    // Case and percent-encoding are read as the router reads them.
    expect(messagePartsFor(table, '/AR/Pledges/NEW')).toBe(forNew);
    expect(messagePartsFor(table, '/ar/pledges/%6Eew')).toBe(forNew);
    const forPledge = messagePartsFor(table, '/ar/pledges/5a3b0000-0000-4000-8000-000000000011');
    expect(forPledge).toEqual(['common', 'errors', 'reference']);
    expect(messagePartsFor(table, '/en/pledges/~')).toBe(forPledge);
    expect(messagePartsFor(table, '/ar/pledges/%E0%A4%A')).toBe(forPledge);
    expect(messagePartsFor(table, '/ar/pledges/new/more')).toEqual(['common', 'errors']);
  });
});
