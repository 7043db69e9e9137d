import { describe, expect, it } from 'vitest';
import { cueFor } from '../../../kiosk-ui/src/sound-cues.ts';
import { kioskTestView as view } from '../../support/terminal-views.ts';

const welcome = view({ name: 'welcome' });
const pin = view({ name: 'pin', purpose: 'sign-in', maskedCard: '**0018', triesLeft: 3, problem: null });
const item = { itemBarcode: '3', title: { en: 'Book', zh: null }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1' };
const borrow = view({ name: 'borrow', borrowed: [], lastScan: null });

describe('sound cues', () => {
  it.each([
    ['an accepted card', welcome, pin, 'accepted'],
    ['a rejected PIN', pin, view({ name: 'pin', purpose: 'sign-in', maskedCard: '**0018', triesLeft: 2, problem: 'rejected' }), 'problem'],
    ['a card read error', welcome, view({ name: 'welcome' }, { notice: { kind: 'read-failed', reason: 'bad-swipe' } }), 'problem'],
    ['a borrowed item', borrow, view({ name: 'borrow', borrowed: [item], lastScan: { outcome: 'borrowed', item } }), 'accepted'],
    ['a refused item', borrow, view({ name: 'borrow', borrowed: [], lastScan: { outcome: 'refused', itemBarcode: '3', title: null, reason: 'item-not-found' } }), 'problem'],
    ['the idle dialog', borrow, view({ name: 'borrow', borrowed: [], lastScan: null }, { idleWarning: { graceSeconds: 20 } }), 'attention'],
    ['the goodbye screen', borrow, view({ name: 'goodbye', reason: 'finished', borrowedCount: 0, signedIn: true }), 'goodbye'],
  ] as const)('sounds for %s', (_case, before, after, cue) => {
    expect(cueFor(before, after)).toBe(cue);
  });

  it('stays silent when nothing the reader did changed', () => {
    expect(cueFor(borrow, view({ name: 'borrow', borrowed: [], lastScan: null }, { devices: { cardReader: 'ready', printer: 'absent' } }))).toBeNull();
  });
});
