/** Why a serial port could not be opened or stopped working. */
export type SerialFaultCode = 'busy' | 'permission-denied' | 'not-found' | 'io';

export interface SerialFault {
  code: SerialFaultCode;
  /** Operator-facing sentence naming the path and what to do. */
  message: string;
}

// Matched against both `error.code` and `error.message`: bindings-cpp 13 reports open failures as plain
// Errors whose message carries strerror ("Error: Permission denied, cannot open /dev/ttyUSB0",
// "Error Resource temporarily unavailable Cannot lock port"), while the mock binding says
// "Port is locked cannot open" and "Port does not exist".
const BUSY = /cannot lock port|port is locked|EBUSY|resource busy|resource temporarily unavailable|EAGAIN/i;
const PERMISSION_DENIED = /EACCES|EPERM|permission denied|operation not permitted/i;
const NOT_FOUND = /ENOENT|ENODEV|ENXIO|no such file or directory|no such device|does not exist/i;

/** Classifies an error from opening or reading a serial port and writes the message an operator needs. */
export function describeSerialFault(path: string, error: unknown): SerialFault {
  const text = errorText(error);

  if (BUSY.test(text)) {
    return {
      code: 'busy',
      message: `${path} is busy: another program has it open and locked. Stop that program (for example a second terminal agent or a serial console).`,
    };
  }
  if (PERMISSION_DENIED.test(text)) {
    return {
      code: 'permission-denied',
      message:
        `Permission denied opening ${path}. Add the user that runs the terminal agent to the dialout group ` +
        '(sudo usermod -aG dialout USERNAME), then log out and in again.',
    };
  }
  if (NOT_FOUND.test(text)) {
    return { code: 'not-found', message: `${path} does not exist. Check that the device is plugged in and that the configured path is right.` };
  }
  return { code: 'io', message: `Could not use ${path}: ${errorMessage(error)}` };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === undefined ? error.message : `${code} ${error.message}`;
  }
  return String(error);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
