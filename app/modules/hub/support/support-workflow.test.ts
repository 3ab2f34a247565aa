import { describe, expect, it } from 'vitest';
import { nextSupportStatus, triageActionsFor } from './support-workflow';

describe('request for support workflow', () => {
  it('moves through triage: accept, ask for detail (the requester adds it), assign, close', () => {
    expect(nextSupportStatus('open', 'accept')).toBe('accepted');
    expect(nextSupportStatus('open', 'ask_detail')).toBe('needs_detail');
    expect(nextSupportStatus('needs_detail', 'add_detail')).toBe('open');
    expect(nextSupportStatus('accepted', 'assign')).toBe('in_progress');
    expect(nextSupportStatus('in_progress', 'assign')).toBe('in_progress');
    expect(nextSupportStatus('in_progress', 'close')).toBe('closed');
    expect(nextSupportStatus('open', 'decline')).toBe('declined');
    // A pledge request answered on the older path can still be assigned or closed.
    expect(nextSupportStatus('answered', 'close')).toBe('closed');
  });

  it('refuses moves out of order and any move after a final status', () => {
    expect(() => nextSupportStatus('open', 'assign')).toThrow(
      expect.objectContaining({ code: 'supportTransitionNotAllowed', status: 409 }),
    );
    expect(() => nextSupportStatus('open', 'add_detail')).toThrow(
      expect.objectContaining({ code: 'supportTransitionNotAllowed' }),
    );
    expect(() => nextSupportStatus('declined', 'accept')).toThrow(
      expect.objectContaining({ code: 'supportRequestClosed' }),
    );
    expect(() => nextSupportStatus('closed', 'close')).toThrow(
      expect.objectContaining({ code: 'supportRequestClosed' }),
    );
  });

  it('offers the secretariat only the actions open now', () => {
    expect(triageActionsFor('open')).toEqual(['accept', 'ask_detail', 'decline', 'close']);
    expect(triageActionsFor('accepted')).toEqual(['ask_detail', 'decline', 'assign', 'close']);
    expect(triageActionsFor('closed')).toEqual([]);
  });
});
