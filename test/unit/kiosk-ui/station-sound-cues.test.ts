import { describe, expect, it } from 'vitest';
import { cueFor } from '../../../kiosk-ui/src/sound-cues.ts';
import type { StationResult } from '../../../src/sessions/station-session.types.ts';
import { stationTestView as view } from '../../support/terminal-views.ts';

const item = { itemBarcode: '3', title: { en: 'Book', zh: null }, dueAt: '2026-01-19T15:59:59.999Z', reference: '1' };
const allowance = { remaining: 3, itemLimit: 10 };
const borrow = (lastResult: StationResult | null) => view({ name: 'borrow', borrowed: [], lastResult, allowance, borrowBlock: null });
const returns = (lastResult: StationResult | null) => view({ name: 'returns', returned: [], lastResult });
const pickup = (lastResult: StationResult | null) => view({ name: 'pickup', holds: [], pickedUp: [], lastResult, allowance, borrowBlock: null });

describe('station sound cues', () => {
  it.each([
    ['a borrowed item', borrow(null), borrow({ outcome: 'checked-out', item }), 'accepted'],
    ['a refused loan', borrow(null), borrow({ outcome: 'refused', itemBarcode: '3', title: null, reason: 'item-limit-reached' }), 'problem'],
    ['a collected hold', pickup(null), pickup({ outcome: 'checked-out', item }), 'accepted'],
    ['a returned item', returns(null), returns({ outcome: 'returned', item: { itemBarcode: '3', title: item.title, reference: '2', wasOverdue: false } }), 'accepted'],
    ['a card on the returns screen', returns(null), returns({ outcome: 'card-scanned' }), 'problem'],
    ['a fault', returns(null), returns({ outcome: 'fault', itemBarcode: '3' }), 'problem'],
  ] as const)('sounds for %s', (_case, before, after, cue) => {
    expect(cueFor(before, after)).toBe(cue);
  });

  it('stays silent when the same result is drawn again', () => {
    const result: StationResult = { outcome: 'checked-out', item };

    expect(cueFor(borrow(result), borrow(result))).toBeNull();
  });
});
