import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CARD, IvrHarness, PIN, WRONG_PIN } from '../../support/ivr-harness.ts';

describe('secrets at rest after phone calls', () => {
  let harness: IvrHarness;

  afterEach(async () => {
    await harness.close();
  });

  async function placeCalls(): Promise<void> {
    const call = harness.newCall();
    await call.dial();
    await call.pressAll(['3', CARD, WRONG_PIN, PIN, '0']);
    const other = harness.newCall();
    await other.dial();
    await other.pressAll(['1', CARD, WRONG_PIN]);
  }

  it('keeps the PIN out of the database files and the log with the real services', async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();

    await placeCalls();
    const bytes = harness.services?.storedBytes() ?? Buffer.alloc(0);
    const callRows = JSON.stringify(harness.database.prepare('SELECT * FROM phone_calls').all()) + JSON.stringify(harness.database.prepare('SELECT * FROM phone_call_steps').all());

    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(PIN))).toBe(false);
    expect(bytes.includes(Buffer.from(WRONG_PIN))).toBe(false);
    expect(callRows).toContain('renewAllResult');
    expect(callRows).not.toContain(CARD);
  });

  it('writes neither the PIN nor the card number keyed on the phone to the database file', async () => {
    harness = await new IvrHarness().start();
    await harness.seedReaders();

    await placeCalls();
    const bytes = Buffer.concat([readFileSync(harness.databasePath), readFileSync(`${harness.databasePath}-wal`)]);

    expect(bytes.includes(Buffer.from('40000001'))).toBe(true);
    for (const secret of [PIN, WRONG_PIN, CARD]) expect(bytes.includes(Buffer.from(secret))).toBe(false);
  });
});
