import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import type { Language } from '../../src/domain/language.ts';
import type { KeySource } from './key-sources.ts';
import { localPhoneText } from './local-phone.messages.ts';
import { readTwiml, type SayVerb, type TwimlVerb } from './twiml-reader.ts';

export interface LocalPhoneOptions {
  /** Address the service listens on, for example `http://127.0.0.1:3000`. */
  serviceUrl: string;
  /** The service's PUBLIC_BASE_URL: the URLs Twilio would request, and so sign, start with it. */
  publicBaseUrl: string;
  authToken: string;
  keys: KeySource;
  /** Writes one line of the call's transcript. */
  print: (line: string) => void;
  /** The caller's number, sent as `From`. */
  from?: string;
  /** Language of the phone's own lines (not of the call, which the caller chooses). */
  language?: Language;
}

/** A failure of the call that the person at the terminal can act on; the message says how. */
export class LocalPhoneError extends Error {
  override readonly name = 'LocalPhoneError';
}

export interface CallResult {
  /** Why the call ended: the line hung up, the TwiML ran out, or the script had no more keys. */
  endedBy: 'hangup' | 'end-of-twiml' | 'caller';
  requests: number;
}

/** Requests one call may make before the phone gives up, so a looping TwiML cannot run forever. */
const MAX_REQUESTS = 500;

/**
 * A telephone in the terminal that talks to the service as Twilio does. It posts signed form requests
 * to the voice webhook and runs the TwiML it gets back (Say, Gather, Redirect, Pause, Hangup). Each
 * Gather's keys go to its action, and so does an empty result on silence when `actionOnEmptyResult` is
 * set. When the call ends it sends a `completed` status callback.
 */
export class LocalPhone {
  readonly #options: LocalPhoneOptions;
  readonly #callSid = `CA${randomBytes(16).toString('hex')}`;
  #requests = 0;

  constructor(options: LocalPhoneOptions) {
    this.#options = { ...options, serviceUrl: options.serviceUrl.replace(/\/+$/, ''), publicBaseUrl: options.publicBaseUrl.replace(/\/+$/, '') };
  }

  get callSid(): string {
    return this.#callSid;
  }

  async call(): Promise<CallResult> {
    const { print } = this.#options;
    print(this.#text('localPhone.calling', { url: `${this.#options.publicBaseUrl}/ivr/voice`, from: this.#from, callSid: this.#callSid }));
    let verbs = await this.#post(`${this.#options.publicBaseUrl}/ivr/voice`, {});
    let endedBy: CallResult['endedBy'] = 'end-of-twiml';

    while (verbs.length > 0) {
      const next = await this.#run(verbs);
      if (next.kind === 'end') {
        endedBy = next.endedBy;
        break;
      }
      verbs = next.verbs;
    }

    print(this.#text(endedBy === 'caller' ? 'localPhone.callerHungUp' : 'localPhone.lineHungUp'));
    await this.#post(`${this.#options.publicBaseUrl}/ivr/status`, { CallStatus: 'completed' }, false);
    return { endedBy, requests: this.#requests };
  }

  /** Runs verbs until one leads to a new document (Gather action, Redirect) or the call ends. */
  async #run(verbs: TwimlVerb[]): Promise<{ kind: 'next'; verbs: TwimlVerb[] } | { kind: 'end'; endedBy: CallResult['endedBy'] }> {
    for (const verb of verbs) {
      switch (verb.verb) {
        case 'Say':
          this.#say(verb);
          break;
        case 'Pause':
          this.#options.print(this.#text('localPhone.pause', { seconds: verb.seconds }));
          break;
        case 'Hangup':
          return { kind: 'end', endedBy: 'hangup' };
        case 'Redirect':
          return { kind: 'next', verbs: await this.#post(verb.url, {}) };
        case 'Gather': {
          for (const say of verb.says) this.#say(say);
          if (this.#options.keys.exhausted) return { kind: 'end', endedBy: 'caller' };
          const keys = await this.#options.keys.nextEntry(verb);
          this.#options.print(this.#describeKeys(keys, verb));
          if (keys === null && !verb.actionOnEmptyResult) break;
          return { kind: 'next', verbs: await this.#post(verb.action, { Digits: keys ?? '' }) };
        }
      }
    }
    return { kind: 'end', endedBy: 'end-of-twiml' };
  }

  #describeKeys(keys: string | null, gather: { numDigits: number | null; timeoutSeconds: number }): string {
    if (keys === null) return this.#text('localPhone.silence', { seconds: gather.timeoutSeconds });
    // Card numbers and PINs are counted, not shown, so they stay out of the terminal's scrollback.
    if (gather.numDigits === 1) return this.#text('localPhone.pressedKey', { key: keys });
    // A lone star is a request (key the card number again), not part of a secret, so it is shown.
    if (keys === '*') return this.#text('localPhone.pressedKeyThenHash', { key: keys });
    if (keys.length === 1) return this.#text('localPhone.pressedOneDigit');
    return this.#text('localPhone.pressedDigits', { count: keys.length });
  }

  #text(key: Parameters<typeof localPhoneText>[1], parameters?: Record<string, string | number>): string {
    return localPhoneText(this.#options.language ?? 'en', key, parameters);
  }

  get #from(): string {
    return this.#options.from ?? '+85200000000';
  }

  #say(say: SayVerb): void {
    this.#options.print(`[${say.language} ${say.voice}] ${say.text}`);
  }

  /** Posts a signed form to `url`, an absolute URL under the public base URL; returns the TwiML's verbs. */
  async #post(url: string, extra: Record<string, string>, expectTwiml = true): Promise<TwimlVerb[]> {
    this.#requests += 1;
    if (this.#requests > MAX_REQUESTS) throw new LocalPhoneError(this.#text('localPhone.tooManyRequests', { count: MAX_REQUESTS }));
    if (!url.startsWith(this.#options.publicBaseUrl)) throw new LocalPhoneError(this.#text('localPhone.outsideBaseUrl', { url, base: this.#options.publicBaseUrl }));

    const parameters = { CallSid: this.#callSid, AccountSid: `AC${'0'.repeat(32)}`, From: this.#from, To: '+85200000001', CallStatus: 'in-progress', Direction: 'inbound', ApiVersion: '2010-04-01', ...extra };
    const signature = twilio.getExpectedTwilioSignature(this.#options.authToken, url, parameters);
    const target = this.#options.serviceUrl + url.slice(this.#options.publicBaseUrl.length);
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'i-twilio-idempotency-token': randomBytes(12).toString('hex') },
        body: new URLSearchParams(parameters).toString(),
      });
    } catch (error) {
      const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new LocalPhoneError(this.#text('localPhone.unreachable', { url: this.#options.serviceUrl, reason }));
    }

    const body = await response.text();
    if (response.status === 403) throw new LocalPhoneError(this.#text('localPhone.signatureRejected'));
    if (!response.ok) throw new LocalPhoneError(this.#text('localPhone.requestFailed', { status: response.status, url, body: body.slice(0, 200) }));
    return expectTwiml ? readTwiml(body) : [];
  }
}
