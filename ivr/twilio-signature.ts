import twilio from 'twilio';
import { formParameters } from './twilio-request.ts';

export interface SignatureCheck {
  authToken: string;
  /** Scheme, host, port and any path prefix under which Twilio reaches the service, without a trailing slash. */
  publicBaseUrl: string;
}

/**
 * Checks `X-Twilio-Signature` with twilio's `validateRequest` (constant-time HMAC comparison) against the
 * URL Twilio requested: the configured public base URL plus the raw path and query as received. The
 * request's own scheme and Host header are not used, so a TLS proxy in front changes nothing and a
 * request signed for another host fails.
 */
export function isSignedByTwilio(check: SignatureCheck, request: { url: string; headers: Record<string, string | string[] | undefined>; body: unknown }): boolean {
  const signature = request.headers['x-twilio-signature'];
  if (typeof signature !== 'string' || signature === '') return false;

  let parameters: Record<string, string | string[] | undefined>;
  try {
    parameters = formParameters(request.body);
  } catch {
    return false;
  }

  try {
    return twilio.validateRequest(check.authToken, signature, check.publicBaseUrl + request.url, parameters);
  } catch {
    // validateRequest parses the URL with `new URL`, which throws on a malformed one.
    return false;
  }
}
