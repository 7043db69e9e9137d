import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../support/run-cli.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineKeys, ScriptedKeys } from '../../../ivr/local-phone/key-sources.ts';
import { LocalPhone, LocalPhoneError } from '../../../ivr/local-phone/local-phone.ts';
import { AUTH_TOKEN, CARD, IvrHarness, PIN, PUBLIC_BASE_URL } from '../../support/ivr-harness.ts';

describe('local phone', () => {
  let harness: IvrHarness;
  let serviceUrl: string;

  beforeEach(async () => {
    harness = await new IvrHarness({ backend: 'real' }).start();
    await harness.seedReaders();
    serviceUrl = await harness.app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterEach(async () => {
    await harness.close();
  });

  function phone(keys: ScriptedKeys | LineKeys, token = AUTH_TOKEN): { phone: LocalPhone; lines: string[] } {
    const lines: string[] = [];
    return { phone: new LocalPhone({ serviceUrl, publicBaseUrl: PUBLIC_BASE_URL, authToken: token, keys, print: (line) => lines.push(line) }), lines };
  }

  it('follows a scripted call over HTTP and prints what is said in which voice', async () => {
    const { phone: localPhone, lines } = phone(new ScriptedKeys(`3,${CARD}#,${PIN}#,2,*`));

    const result = await localPhone.call();

    expect(result.endedBy).toBe('hangup');
    expect(lines).toContain('[en-GB Polly.Amy-Neural] Please key in your library card number, then press the hash key.');
    expect(lines).toContain('  keyed 14 digits, then #');
    expect(lines.some((line) => line.startsWith('[en-GB Polly.Amy-Neural] You have 2 items on loan. Item 1: A Brief History of Time'))).toBe(true);
    expect(lines.at(-2)).toBe('[en-GB Polly.Amy-Neural] Thank you for calling. Goodbye.');
    expect(lines.join('\n')).not.toContain(PIN);
    expect((await harness.callStore.loadCall(localPhone.callSid))?.status).toBe('closed');
  });

  it('shows star alone at the PIN question but no digits', async () => {
    const { phone: localPhone, lines } = phone(new ScriptedKeys(`3,${CARD}#,1111#,*#,1#,*`));

    await localPhone.call();

    expect(lines).toContain('  keyed 4 digits, then #');
    expect(lines).toContain('  pressed *, then #');
    expect(lines).toContain('  keyed 1 digit, then #');
    expect(lines.some((line) => line.endsWith(' Please key in your library card number, then press the hash key.'))).toBe(true);
  });

  it('posts an empty result on silence, so the line re-prompts', async () => {
    const { phone: localPhone, lines } = phone(new ScriptedKeys(',3'));

    await localPhone.call();

    expect(lines).toContain('  (silence for 6 s)');
    expect(lines.some((line) => line.includes('Sorry, we did not receive your choice.'))).toBe(true);
  });

  it('hangs up when the script runs out of keys', async () => {
    const { phone: localPhone, lines } = phone(new ScriptedKeys('3'));

    const result = await localPhone.call();

    expect(result.endedBy).toBe('caller');
    expect(lines.at(-1)).toBe('You hung up.');
  });

  it('reads typed keys from a terminal stream', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const { phone: localPhone, lines } = phone(new LineKeys(input, output, 'en', true));
    input.write('3\n');
    input.write(`${CARD}#\n`);
    input.end();

    const result = await localPhone.call();

    expect(lines).toContain('  pressed 3');
    expect(lines).toContain('  keyed 14 digits, then #');
    expect(result.endedBy).toBe('caller');
  });

  it('explains a rejected signature', async () => {
    const { phone: localPhone } = phone(new ScriptedKeys('3'), 'some-other-token-0123456789');

    await expect(localPhone.call()).rejects.toThrow(LocalPhoneError);
    await expect(phone(new ScriptedKeys('3'), 'x'.repeat(20)).phone.call()).rejects.toThrow(/TWILIO_AUTH_TOKEN/);
  });

  it('rejects a key script with characters no phone has', () => {
    expect(() => new ScriptedKeys('3,12a4#')).toThrow('--keys entry "12a4#" is invalid');
  });

  it('runs as `pin-service call` with the token the demo service wrote to the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'call-command-'));
    writeFileSync(join(dataDir, 'twilio-auth-token'), `${AUTH_TOKEN}\n`);

    const run = await runCli(['call', '--data-dir', dataDir, '--url', serviceUrl, '--public-base-url', PUBLIC_BASE_URL, '--keys', `1,${CARD}#,${PIN}#,*`], { TWILIO_AUTH_TOKEN: '' });
    rmSync(dataDir, { recursive: true, force: true });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[zh-HK Polly.Hiujin-Neural] 你而家借咗2項資料，其中1項已經過期。');
    expect(run.stdout).toContain('[zh-HK Polly.Hiujin-Neural] 多謝你嘅來電，再見。');
  });

  it('tells where it looks for the token when none is found', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'call-command-'));

    const run = await runCli(['call', '--data-dir', dataDir, '--keys', '3'], { TWILIO_AUTH_TOKEN: '' });
    const help = await runCli(['call', '--help']);
    rmSync(dataDir, { recursive: true, force: true });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(dataDir, 'twilio-auth-token')}`);
    expect(help.stdout).toContain('data/twilio-auth-token');
  });
});
