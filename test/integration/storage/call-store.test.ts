import { afterEach, describe, expect, it } from 'vitest';
import type { CallStore } from '../../../src/sessions/call-store.types.ts';
import { InMemoryCallStore } from '../../../src/sessions/in-memory-call-store.ts';
import { createSqliteCallStore } from '../../../src/storage/sqlite-call-store.ts';
import { openTestDatabase } from '../../support/phone-call-database.ts';

const SID = `CA${'1'.repeat(32)}`;
const AT = new Date('2026-03-02T02:00:00.000Z');

const stores: Array<[string, () => { store: CallStore; close: () => void }]> = [
  [
    'SQLite',
    () => {
      const database = openTestDatabase();
      return { store: createSqliteCallStore(database.database), close: database.remove };
    },
  ],
  ['in memory', () => ({ store: new InMemoryCallStore(), close: () => {} })],
];

describe.each(stores)('%s call store', (_name, open) => {
  let close = () => {};

  afterEach(() => close());

  async function started(): Promise<CallStore> {
    const opened = open();
    close = opened.close;
    await opened.store.startCall({ callSid: SID, machineVersion: 1, snapshot: { value: 'choosingLanguage' }, twiml: '<Response>0</Response>', idempotencyToken: 'token-0', at: AT });
    return opened.store;
  }

  it('starts a call at step 1 with its first answer as step 0', async () => {
    const store = await started();

    expect(await store.loadCall(SID)).toEqual({ callSid: SID, machineVersion: 1, rowVersion: 1, nextStep: 1, snapshot: { value: 'choosingLanguage' }, status: 'active' });
    expect(await store.findStepAnswer(SID, 0)).toBe('<Response>0</Response>');
  });

  it('leaves a call alone when it is started twice', async () => {
    const store = await started();

    const second = await store.startCall({ callSid: SID, machineVersion: 1, snapshot: { value: 'other' }, twiml: 'other', idempotencyToken: null, at: AT });

    expect(second).toBe('exists');
    expect((await store.loadCall(SID))?.snapshot).toEqual({ value: 'choosingLanguage' });
  });

  it('saves a step and moves to the next', async () => {
    const store = await started();

    const saved = await store.saveStep({ callSid: SID, expectedRowVersion: 1, step: 1, snapshot: { value: 'enteringCard' }, twiml: '<Response>1</Response>', idempotencyToken: 'token-1', at: AT });

    expect(saved).toBe('saved');
    expect(await store.loadCall(SID)).toMatchObject({ rowVersion: 2, nextStep: 2, snapshot: { value: 'enteringCard' } });
    expect(await store.findStepAnswer(SID, 1)).toBe('<Response>1</Response>');
    expect(await store.findAnswerByToken(SID, 'token-1')).toBe('<Response>1</Response>');
  });

  it('refuses a step saved from an older row version and keeps the winner', async () => {
    const store = await started();
    await store.saveStep({ callSid: SID, expectedRowVersion: 1, step: 1, snapshot: { value: 'winner' }, twiml: 'winner', idempotencyToken: null, at: AT });

    const late = await store.saveStep({ callSid: SID, expectedRowVersion: 1, step: 1, snapshot: { value: 'loser' }, twiml: 'loser', idempotencyToken: null, at: AT });

    expect(late).toBe('conflict');
    expect(await store.findStepAnswer(SID, 1)).toBe('winner');
    expect((await store.loadCall(SID))?.snapshot).toEqual({ value: 'winner' });
  });

  it('refuses steps after the call is closed', async () => {
    const store = await started();

    const closed = await store.closeCall(SID, AT);
    const late = await store.saveStep({ callSid: SID, expectedRowVersion: 2, step: 1, snapshot: {}, twiml: 'late', idempotencyToken: null, at: AT });

    expect(closed).toBe(true);
    expect(late).toBe('conflict');
    expect((await store.loadCall(SID))?.status).toBe('closed');
    expect(await store.closeCall(`CA${'9'.repeat(32)}`, AT)).toBe(false);
  });

  it('deletes calls last written before the cutoff, with their steps', async () => {
    const store = await started();

    const kept = await store.deleteCallsUpdatedBefore(AT);
    const deleted = await store.deleteCallsUpdatedBefore(new Date(AT.getTime() + 1));

    expect(kept).toBe(0);
    expect(deleted).toBe(1);
    expect(await store.loadCall(SID)).toBeNull();
    expect(await store.findStepAnswer(SID, 0)).toBeNull();
  });

  it('returns nothing for an unknown call, step or token', async () => {
    const store = await started();

    expect(await store.loadCall(`CA${'2'.repeat(32)}`)).toBeNull();
    expect(await store.findStepAnswer(SID, 7)).toBeNull();
    expect(await store.findAnswerByToken(SID, 'unknown')).toBeNull();
  });
});
