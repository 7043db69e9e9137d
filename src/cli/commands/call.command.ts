import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../../config/config.ts';
import { KeysScriptError, LineKeys, ScriptedKeys, type KeySource } from '../../../ivr/local-phone/key-sources.ts';
import { isRawModeInput, RawTerminalKeys } from '../../../ivr/local-phone/raw-terminal-keys.ts';
import { LocalPhone, LocalPhoneError } from '../../../ivr/local-phone/local-phone.ts';
import { localPhoneText } from '../../../ivr/local-phone/local-phone.messages.ts';
import { CliError } from '../cli-error.ts';
import { createCliContext } from '../cli-context.ts';

/** File in the data directory where the demo service keeps the Twilio auth token it generated. */
export const DEMO_TOKEN_FILE = 'twilio-auth-token';

interface CallOptions {
  url?: string;
  publicBaseUrl?: string;
  token?: string;
  keys?: string;
  from: string;
  timeout: boolean;
}

export function registerCallCommand(program: Command): void {
  program
    .command('call')
    .description(
      'Phone the telephone renewal line from this terminal, as Twilio would: signed webhook requests, the TwiML ' +
        'run step by step, what would be said printed with its voice and language, and your key presses sent back. ' +
        `The auth token is --token, else TWILIO_AUTH_TOKEN, else the file ${DEMO_TOKEN_FILE} in the data directory ` +
        `(data/${DEMO_TOKEN_FILE} unless --data-dir or PIN_SERVICE_DATA_DIR), which the demo service writes.`,
    )
    .option('--url <url>', 'address the service listens on (default http://HOST:PORT of the configuration)')
    .option('--public-base-url <url>', 'PUBLIC_BASE_URL of the service, which the requests are signed for (default --url, else from the configuration)')
    .option('--token <token>', 'Twilio auth token of the service (default TWILIO_AUTH_TOKEN, then the data directory file)')
    .option('--keys <script>', 'key presses for each question, comma-separated, for example "3,27301000010018#,1234#,0,*"; an empty entry is silence')
    .option('--from <number>', 'caller number sent as From', '+85200000000')
    .option('--no-timeout', 'wait for typed keys without the question timeout')
    .action(async (options: CallOptions, command: Command) => {
      const context = createCliContext(command);
      const { config } = context;
      const language = config.operatorLanguage;
      const authToken = options.token ?? config.twilioAuthToken ?? readDemoToken(config);
      if (!authToken) throw new CliError(localPhoneText(language, 'localPhone.tokenMissing', { file: join(config.dataDir, DEMO_TOKEN_FILE) }), 2);

      const keys = keySource(options, language);
      const phone = new LocalPhone({
        serviceUrl: options.url ?? serviceUrlOf(config),
        publicBaseUrl: options.publicBaseUrl ?? options.url ?? config.publicBaseUrl,
        authToken,
        keys,
        from: options.from,
        language,
        print: (line) => process.stdout.write(`${line}\n`),
      });
      try {
        await phone.call();
      } catch (error) {
        if (error instanceof LocalPhoneError) throw new CliError(error.message, 1);
        throw error;
      } finally {
        keys.close();
      }
    });
}

/** Chooses where the keys of the call come from: a `--keys` script, else the terminal without echo, else lines piped to stdin. */
function keySource(options: CallOptions, language: Config['operatorLanguage']): KeySource {
  if (options.keys === undefined && isRawModeInput(process.stdin)) {
    return new RawTerminalKeys({ input: process.stdin, output: process.stdout, language, waitForever: !options.timeout });
  }
  if (options.keys === undefined) return new LineKeys(process.stdin, process.stdout, language, !options.timeout);
  try {
    return new ScriptedKeys(options.keys);
  } catch (error) {
    if (error instanceof KeysScriptError) throw new CliError(localPhoneText(language, 'localPhone.keysInvalid', { entry: error.entry }), 2);
    throw error;
  }
}

function serviceUrlOf(config: Config): string {
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

function readDemoToken(config: Config): string | undefined {
  try {
    const token = readFileSync(join(config.dataDir, DEMO_TOKEN_FILE), 'utf8').trim();
    return token === '' ? undefined : token;
  } catch {
    return undefined;
  }
}
