import { describe, expect, it } from 'vitest';
import { CardVault } from '../../../ivr/card-vault.ts';
import { PinVault } from '../../../src/sessions/pin-vault.ts';

function manualNow(start = 0) {
  let now = start;
  return { now: () => now, advance: (milliseconds: number) => (now += milliseconds) };
}

describe('PIN vault', () => {
  it('redeems a PIN once', () => {
    const vault = new PinVault();
    const handle = vault.deposit('482915');

    const first = vault.redeem(handle);
    const second = vault.redeem(handle);

    expect(first).toBe('482915');
    expect(second).toBeUndefined();
    expect(vault.size).toBe(0);
  });

  it('rejects and forgets an expired handle', () => {
    const time = manualNow();
    const vault = new PinVault({ ttlMs: 1_000, now: time.now });
    const handle = vault.deposit('482915');

    time.advance(1_001);

    expect(vault.redeem(handle)).toBeUndefined();
    expect(vault.size).toBe(0);
  });

  it('drops expired PINs when another is deposited', () => {
    const time = manualNow();
    const vault = new PinVault({ ttlMs: 1_000, now: time.now });
    vault.deposit('111111');
    time.advance(1_001);

    const handle = vault.deposit('222222');

    expect(vault.size).toBe(1);
    expect(vault.redeem(handle)).toBe('222222');
  });

  it('gives each deposit its own handle', () => {
    const vault = new PinVault();

    const handles = new Set([vault.deposit('1234'), vault.deposit('1234'), vault.deposit('1234')]);

    expect(handles.size).toBe(3);
  });
});

describe('card vault', () => {
  it('keeps a card through repeated reads', () => {
    const vault = new CardVault();
    const handle = vault.deposit('27301000010018');

    const first = vault.read(handle);
    const second = vault.read(handle);

    expect(first).toBe('27301000010018');
    expect(second).toBe('27301000010018');
    expect(vault.size).toBe(1);
  });

  it('extends the time to live on each read', () => {
    const time = manualNow();
    const vault = new CardVault({ ttlMs: 1_000, now: time.now });
    const handle = vault.deposit('27301000010018');

    time.advance(800);
    vault.read(handle);
    time.advance(800);

    expect(vault.read(handle)).toBe('27301000010018');
  });

  it('rejects and forgets an expired handle', () => {
    const time = manualNow();
    const vault = new CardVault({ ttlMs: 1_000, now: time.now });
    const handle = vault.deposit('27301000010018');

    time.advance(1_001);

    expect(vault.read(handle)).toBeUndefined();
    expect(vault.size).toBe(0);
  });

  it('forgets a card on request', () => {
    const vault = new CardVault();
    const handle = vault.deposit('27301000010018');

    vault.forget(handle);

    expect(vault.read(handle)).toBeUndefined();
    expect(vault.size).toBe(0);
  });
});
