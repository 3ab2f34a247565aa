import { describe, expect, it } from 'vitest';
import { catalogs, messagesFor, serialisedMessagesFor } from './catalog.server';

describe('serialised message sets', () => {
  it('hold exactly the selected messages and are built once per set', () => {
    const names = ['common', 'content', 'errors', 'pledges', 'reference'];
    const json = serialisedMessagesFor('ar', names);
    expect(JSON.parse(json)).toEqual(messagesFor('ar', names));
    expect(serialisedMessagesFor('ar', names)).toBe(json);
    expect(serialisedMessagesFor('en', names)).not.toBe(json);
    expect(Object.keys(JSON.parse(json)).every((k) => names.includes(k.split('.')[0]!))).toBe(true);
  });

  it('send one file of the errors namespace without the others', () => {
    const hub = messagesFor('en', ['errors', 'errors.hub']);
    const pledges = messagesFor('en', ['errors', 'errors.pledges']);
    const core = messagesFor('en', ['errors']);
    const hubOnly = Object.keys(hub).filter((k) => !(k in core));
    const pledgesOnly = Object.keys(pledges).filter((k) => !(k in core));
    expect(hubOnly.length).toBeGreaterThan(0);
    expect(pledgesOnly.length).toBeGreaterThan(0);
    // Same full keys as the whole catalog ("errors.<code>"), none of the other file's.
    expect(hubOnly.every((k) => k.startsWith('errors.') && catalogs.en[k] === hub[k])).toBe(true);
    expect(hubOnly.some((k) => k in pledges)).toBe(false);
    expect(core['errors.notFound.title']).toBe(catalogs.en['errors.notFound.title']);
  });
});
