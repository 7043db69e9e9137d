import type { Channel } from '../auth/pin-check.types.ts';
import type { NewPinCheckResult, PinChanger, PinChangeResult } from './kiosk-session.types.ts';

type Refusal = { outcome: 'not-allowed'; reason: string } | { outcome: 'reader-not-found' } | { outcome: 'busy' };

/** The part of the PIN service's administration API a kiosk uses to check and change a PIN. */
export interface PinChangeService {
  changePin(reader: { readerId: number }, newPin: string, actor: { channel: Channel; source: string }): Promise<{ outcome: 'changed' } | Refusal>;
  checkNewPin(reader: { readerId: number }, newPin: string, actor: { channel: Channel; source: string }): Promise<{ outcome: 'allowed' } | Refusal>;
}

/**
 * Adapts the PIN service's `changePin` and `checkNewPin` to the kiosk's `PinChanger`. A reader who signed in
 * a moment ago but is no longer found (deleted meanwhile) is a fault to the kiosk.
 */
export function pinChangerFrom(service: PinChangeService): PinChanger {
  return {
    async changePin(readerId, newPin, channel, source): Promise<PinChangeResult> {
      const result = await service.changePin({ readerId }, newPin, { channel, source });
      if (result.outcome === 'reader-not-found') return { outcome: 'fault' };
      return result;
    },
    async checkNewPin(readerId, newPin, channel, source): Promise<NewPinCheckResult> {
      const result = await service.checkNewPin({ readerId }, newPin, { channel, source });
      if (result.outcome === 'reader-not-found') return { outcome: 'fault' };
      return result;
    },
  };
}
