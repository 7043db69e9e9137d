// The package's exports map declares types only for its require entry, hence the resolution mode.
import type {
  BindingInterface,
  BindingPortInterface,
  OpenOptions,
  PortInfo,
} from '@serialport/bindings-interface' with { 'resolution-mode': 'require' };
import { SerialPort } from 'serialport';
import { withHangupDetection } from './hangup-detecting-binding.ts';

/** The layer serialport uses to reach ports; passed in so tests can give `MockBinding` or a wrapper of it. */
export type SerialBinding = BindingInterface;

/** One open port as a binding returns it. */
export type SerialBindingPort = BindingPortInterface;

export type { OpenOptions as SerialBindingOpenOptions, PortInfo };

/**
 * The binding for real devices: bindings-cpp, chosen for the platform by serialport, with a read that
 * reports a hung-up port as disconnected (see `withHangupDetection`).
 */
export const systemSerialBinding: SerialBinding = withHangupDetection(SerialPort.binding);
