import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteMessageTable } from '../app/platform/i18n/route-messages';
import { messagePartsFor } from '../app/platform/i18n/route-messages';
import { buildRouteMessageTable } from './route-messages-table';

describe('the route → message parts table, read from the code', () => {
  let table: RouteMessageTable;
  beforeAll(async () => {
    table = await buildRouteMessageTable();
  });

  it("gives a form the messages of its fields and of its domain's refusals", () => {
    const parts = messagePartsFor(table, '/ar/pledges/new');
    expect(parts).toEqual(expect.arrayContaining(['common', 'errors', 'pledges-form', 'errors.pledges']));
    expect(parts).not.toContain('reviews-cycles');
    expect(parts).not.toContain('errors.hub');
  });

  it('keeps other areas out of a page that does not use them', () => {
    const parts = messagePartsFor(table, '/en/sign-in');
    expect(parts).toContain('accounts');
    expect(parts.filter((p) => p.startsWith('pledges') || p.startsWith('reviews'))).toEqual([]);
    expect(messagePartsFor(table, '/ar/hub/resources/upload')).toContain('errors.hub');
  });

  it('does not read a key built from any error code as every error file', () => {
    expect(table.always).toEqual(['common', 'errors']);
  });
});
