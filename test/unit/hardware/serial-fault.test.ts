import { describe, expect, it } from 'vitest';
import { ReconnectBackoff } from '../../../hardware/serial/reconnect-backoff.ts';
import { describeSerialFault } from '../../../hardware/serial/serial-fault.ts';

describe('serial fault classification', () => {
  // Messages as bindings-cpp 13 and the mock binding produce them, observed on Linux with socat ptys.
  it.each([
    ['Error Resource temporarily unavailable Cannot lock port', 'busy'],
    ['Port is locked cannot open', 'busy'],
    ['Error: Permission denied, cannot open /dev/ttyUSB0', 'permission-denied'],
    ['Error: No such file or directory, cannot open /dev/ttyUSB0', 'not-found'],
    ["Port does not exist - please call MockBinding.createPort('/dev/ttyUSB0') first", 'not-found'],
    ['Error: Inappropriate ioctl for device, cannot set', 'io'],
  ])('classifies %j as %s', (message, code) => {
    expect(describeSerialFault('/dev/ttyUSB0', new Error(message)).code).toBe(code);
  });

  it('classifies by errno code when the message does not say', () => {
    const error = Object.assign(new Error('open failed'), { code: 'EACCES' });

    expect(describeSerialFault('/dev/ttyUSB0', error).code).toBe('permission-denied');
  });

  it('names the dialout group when permission is denied', () => {
    const fault = describeSerialFault('/dev/ttyUSB0', new Error('Error: Permission denied, cannot open /dev/ttyUSB0'));

    expect(fault.message).toBe(
      'Permission denied opening /dev/ttyUSB0. Add the user that runs the terminal agent to the dialout group (sudo usermod -aG dialout USERNAME), then log out and in again.',
    );
  });

  it('names the path and the original error for other faults', () => {
    const fault = describeSerialFault('/dev/ttyUSB0', new Error('Error: Inappropriate ioctl for device, cannot set'));

    expect(fault.message).toBe('Could not use /dev/ttyUSB0: Error: Inappropriate ioctl for device, cannot set');
  });
});

describe('reconnect backoff', () => {
  it('doubles the delay up to the maximum and starts over after reset', () => {
    const backoff = new ReconnectBackoff({ initialDelayMs: 250, maxDelayMs: 1_500, factor: 2 });

    const delays = [1, 2, 3, 4, 5].map(() => backoff.nextDelayMs());
    backoff.reset();

    expect(delays).toEqual([250, 500, 1_000, 1_500, 1_500]);
    expect(backoff.nextDelayMs()).toBe(250);
  });

  it.each([
    [{ initialDelayMs: 0, maxDelayMs: 100, factor: 2 }],
    [{ initialDelayMs: 200, maxDelayMs: 100, factor: 2 }],
    [{ initialDelayMs: 100, maxDelayMs: 1_000, factor: 0.5 }],
  ])('rejects the invalid policy %j', (policy) => {
    expect(() => new ReconnectBackoff(policy)).toThrow(/Invalid backoff policy/);
  });
});
