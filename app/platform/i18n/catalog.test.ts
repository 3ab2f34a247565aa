import { describe, expect, it } from 'vitest';
import { messagesFor, serialisedMessagesFor } from './catalog.server';
import { namespacesForPath } from './namespaces';

describe('serialised message sets', () => {
  it('hold exactly the selected messages and are built once per set', () => {
    const names = namespacesForPath('/ar/objectives/7');
    const json = serialisedMessagesFor('ar', names);
    expect(JSON.parse(json)).toEqual(messagesFor('ar', names));
    expect(serialisedMessagesFor('ar', names)).toBe(json);
    expect(serialisedMessagesFor('en', names)).not.toBe(json);
    expect(Object.keys(JSON.parse(json)).every((k) => names.includes(k.split('.')[0]!))).toBe(true);
  });
});
