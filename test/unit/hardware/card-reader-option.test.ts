import { describe, expect, it } from 'vitest';
import { parseCardReaderOption } from '../../../hardware/card-readers/card-reader-option.ts';

describe('--card-reader option', () => {
  it.each([
    ['barcode:/dev/ttyUSB0', { kind: 'barcode', path: '/dev/ttyUSB0', baudRate: 9600 }],
    ['rfid-em4100:/dev/ttyS1:19200', { kind: 'rfid-em4100', path: '/dev/ttyS1', baudRate: 19200 }],
    ['magstripe:/dev/serial/by-id/usb-MagTek_Reader-if00:115200', { kind: 'magstripe', path: '/dev/serial/by-id/usb-MagTek_Reader-if00', baudRate: 115200 }],
    [
      'barcode:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0',
      { kind: 'barcode', path: '/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0', baudRate: 9600 },
    ],
    [
      'barcode:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0:4800',
      { kind: 'barcode', path: '/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0', baudRate: 4800 },
    ],
  ])('parses %s', (value, spec) => {
    expect(parseCardReaderOption(value)).toEqual({ ok: true, spec });
  });

  it.each([
    ['/dev/ttyUSB0', '--card-reader "/dev/ttyUSB0": expected KIND:PATH[:BAUD], for example barcode:/dev/ttyUSB0:9600'],
    ['barcode', '--card-reader "barcode": expected KIND:PATH[:BAUD], for example barcode:/dev/ttyUSB0:9600'],
    ['qr:/dev/ttyUSB0', '--card-reader "qr:/dev/ttyUSB0": unknown reader kind "qr"; use one of barcode, rfid-em4100, magstripe'],
    ['Barcode:/dev/ttyUSB0', '--card-reader "Barcode:/dev/ttyUSB0": unknown reader kind "Barcode"; use one of barcode, rfid-em4100, magstripe'],
    ['barcode:', '--card-reader "barcode:": the device path is missing, for example barcode:/dev/ttyUSB0:9600'],
    ['barcode::9600', '--card-reader "barcode::9600": the device path is missing, for example barcode:/dev/ttyUSB0:9600'],
    ['barcode:ttyUSB0', '--card-reader "barcode:ttyUSB0": the device path "ttyUSB0" must be absolute, for example /dev/ttyUSB0'],
    [
      'barcode:/dev/ttyUSB0:fast',
      '--card-reader "barcode:/dev/ttyUSB0:fast": the baud rate "fast" is not a whole number; if it is part of the path, add the baud rate: barcode:/dev/ttyUSB0:fast:9600',
    ],
    [
      'barcode:/dev/ttyUSB0:',
      '--card-reader "barcode:/dev/ttyUSB0:": the baud rate "" is not a whole number; if it is part of the path, add the baud rate: barcode:/dev/ttyUSB0::9600',
    ],
    [
      'barcode:/dev/ttyUSB0:9601',
      '--card-reader "barcode:/dev/ttyUSB0:9601": the baud rate 9601 is not supported; use one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200',
    ],
  ])('rejects %j with a message naming the option', (value, message) => {
    expect(parseCardReaderOption(value)).toEqual({ ok: false, message });
  });
});
