import { join } from 'node:path';
import { configSchema, type Config, type ConfigInput } from './config.schema.ts';

export type { Config, ConfigInput } from './config.schema.ts';

/** Environment variables the service reads, and the setting each one fills. */
export const ENVIRONMENT_SETTINGS: Readonly<Record<string, string>> = {
  PIN_SERVICE_DATA_DIR: 'dataDir',
  HOST: 'host',
  PORT: 'port',
  PUBLIC_BASE_URL: 'publicBaseUrl',
  TWILIO_AUTH_TOKEN: 'twilioAuthToken',
  STAFF_API_TOKEN: 'staffApiToken',
  PORTAL_API_TOKEN: 'portalApiToken',
  PIN_PEPPER_FILE: 'pepperFile',
  LOG_LEVEL: 'logLevel',
  DEFAULT_LANGUAGE: 'defaultLanguage',
  PIN_SERVICE_LANGUAGE: 'operatorLanguage',
  ARGON2_MEMORY_KIB: 'argon2.memoryKiB',
  ARGON2_PASSES: 'argon2.passes',
  ARGON2_LANES: 'argon2.lanes',
  ARGON2_MAX_CONCURRENT: 'argon2.maxConcurrent',
  ARGON2_MAX_QUEUED: 'argon2.maxQueued',
  PIN_HARDENED_PROFILE: 'pinPolicy.hardenedProfile',
  PIN_MIN_LENGTH: 'pinPolicy.minLength',
  PIN_MAX_LENGTH: 'pinPolicy.maxLength',
  CARD_NUMBER_FORMAT: 'cardNumber.format',
  THROTTLE_CARD_FAILURES_BEFORE_LOCK: 'throttle.cardFailuresBeforeLock',
  THROTTLE_CARD_FAILURES_BEFORE_STAFF_LOCK: 'throttle.cardFailuresBeforeStaffLock',
  THROTTLE_SOURCE_FAILURE_LIMIT: 'throttle.sourceFailureLimit',
  THROTTLE_SERVICE_FAILURE_ALARM: 'throttle.serviceFailureAlarm',
  LOAN_DAYS: 'loanRules.loanDays',
  LOAN_MAX_ITEMS: 'loanRules.maxItemsOnLoan',
  LOAN_MAX_RENEWALS: 'loanRules.maxConsecutiveRenewals',
  LOAN_CHARGES_BLOCK_ABOVE_CENTS: 'loanRules.chargesBlockAboveCents',
  LOAN_RENEWAL_DAYS: 'loanRules.renewalDays',
  LOAN_ALLOW_OVERDUE_RENEWAL: 'loanRules.allowOverdueRenewal',
  LOAN_HOLD_PICKUP_DAYS: 'loanRules.holdPickupDays',
};

/** A configuration value that failed validation; the message names each setting and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Builds the frozen configuration from environment variables, then explicit overrides (CLI flags, tests).
 * Throws ConfigError naming every invalid setting.
 */
export function loadConfig(environment: NodeJS.ProcessEnv, overrides: ConfigInput = {}): Config {
  const input = mergeDeep(settingsFromEnvironment(environment), overrides);
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${describeSetting(issue.path)}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }

  const value = parsed.data;
  const config: Config = {
    ...value,
    publicBaseUrl: (value.publicBaseUrl ?? `http://${value.host}:${value.port}`).replace(/\/+$/, ''),
    pepperFile: value.pepperFile ?? join(value.dataDir, 'pepper.key'),
  };
  return deepFreeze(config);
}

/** Reads the configuration of this process; the only place the service reads `process.env`. */
export function loadConfigFromProcess(overrides: ConfigInput = {}): Config {
  return loadConfig(process.env, overrides);
}

function settingsFromEnvironment(environment: NodeJS.ProcessEnv): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [variable, path] of Object.entries(ENVIRONMENT_SETTINGS)) {
    const text = environment[variable];
    if (text === undefined || text === '') continue;
    setPath(settings, path.split('.'), text);
  }
  return settings;
}

function describeSetting(path: ReadonlyArray<PropertyKey>): string {
  const setting = path.map(String).join('.');
  const variable = Object.entries(ENVIRONMENT_SETTINGS).find(([, name]) => name === setting)?.[0];
  return variable ? `${setting} (${variable})` : setting || 'configuration';
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}

function mergeDeep(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    const existing = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(existing) ? mergeDeep(existing, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (isPlainObject(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
