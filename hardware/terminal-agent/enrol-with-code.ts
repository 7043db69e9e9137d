import type { TerminalMode } from '../../src/sessions/kiosk-view.types.ts';

export class EnrolmentError extends Error {
  override readonly name = 'EnrolmentError';
}

export interface EnrolledTerminal {
  key: string;
  terminal: { name: string; mode: TerminalMode; location: string | null };
}

/** Trades a one-time enrolment code for this terminal's key at the central service. */
export async function enrolWithCode(serviceUrl: string, code: string): Promise<EnrolledTerminal> {
  const url = `${serviceUrl.replace(/\/+$/, '')}/terminal/enrol`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  } catch (error) {
    throw new EnrolmentError(`Cannot reach the central service at ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }

  const body = (await response.json().catch(() => null)) as (EnrolledTerminal & { error?: { code: string; message: string } }) | null;
  if (response.status !== 201 || !body?.key) {
    const reason = body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
    throw new EnrolmentError(`The central service did not enrol this terminal (${reason})`);
  }
  return { key: body.key, terminal: body.terminal };
}
