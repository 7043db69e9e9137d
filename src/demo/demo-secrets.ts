import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files under the data directory that hold the demo's generated service credentials. */
export const DEMO_SECRET_FILES = {
  twilioAuthToken: 'twilio-auth-token',
  staffApiToken: 'staff-api-token',
  portalApiToken: 'portal-api-token',
} as const;

export type DemoSecretName = keyof typeof DEMO_SECRET_FILES;

/**
 * Reads a demo credential from the data directory, creating a random one (owner-only, 0600) the first time.
 * Only the demo uses these; a production service gets its tokens from the environment.
 */
export function readOrCreateDemoSecret(dataDir: string, name: DemoSecretName): string {
  const path = join(dataDir, DEMO_SECRET_FILES[name]);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();

  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(24).toString('hex');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
