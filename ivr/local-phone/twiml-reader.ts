/** One element of a TwiML document: its name, attributes and children (elements or text). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

export interface SayVerb {
  verb: 'Say';
  voice: string;
  language: string;
  /** The words, with `say-as interpret-as="digits"` content spaced digit by digit as it is read. */
  text: string;
}

export type TwimlVerb =
  | SayVerb
  | { verb: 'Gather'; action: string; numDigits: number | null; finishOnKey: string; timeoutSeconds: number; actionOnEmptyResult: boolean; says: SayVerb[] }
  | { verb: 'Redirect'; url: string }
  | { verb: 'Pause'; seconds: number }
  | { verb: 'Hangup' };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads the TwiML verbs the telephone line uses (Say, Gather, Redirect, Pause, Hangup) as Twilio would
 * run them. It is a reader for well-formed TwiML, not a general XML parser: no DTDs, CDATA or comments.
 */
export function readTwiml(xml: string): TwimlVerb[] {
  const root = parseXml(xml);
  if (root.name !== 'Response') throw new Error(`TwiML must have a <Response> root, not <${root.name}>`);
  return elementsOf(root).map(toVerb);
}

function toVerb(element: XmlElement): TwimlVerb {
  const attributes = element.attributes;
  switch (element.name) {
    case 'Say':
      return toSay(element);
    case 'Gather':
      return {
        verb: 'Gather',
        action: attributes.action ?? '',
        numDigits: attributes.numDigits ? Number(attributes.numDigits) : null,
        finishOnKey: attributes.finishOnKey ?? '#',
        timeoutSeconds: attributes.timeout ? Number(attributes.timeout) : 5,
        actionOnEmptyResult: attributes.actionOnEmptyResult === 'true',
        says: elementsOf(element).filter((child) => child.name === 'Say').map(toSay),
      };
    case 'Redirect':
      return { verb: 'Redirect', url: textOf(element) };
    case 'Pause':
      return { verb: 'Pause', seconds: attributes.length ? Number(attributes.length) : 1 };
    case 'Hangup':
      return { verb: 'Hangup' };
    default:
      throw new Error(`TwiML verb <${element.name}> is not used by the telephone line`);
  }
}

function toSay(element: XmlElement): SayVerb {
  return { verb: 'Say', voice: element.attributes.voice ?? '', language: element.attributes.language ?? '', text: spokenText(element) };
}

function spokenText(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child;
      const text = spokenText(child);
      return child.name === 'say-as' && child.attributes['interpret-as'] === 'digits' ? text.split('').join(' ') : text;
    })
    .join('');
}

function textOf(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('').trim();
}

function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** Parses a small well-formed XML document into its root element. */
export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^\s*<\?xml[^?]*\?>/, '');
  const stack: XmlElement[] = [{ name: '#document', attributes: {}, children: [] }];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;

  for (let match = tag.exec(body); match !== null; match = tag.exec(body)) {
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack.at(-1) as XmlElement;
    if (text !== undefined) {
      if (text.trim() !== '' || parent.name !== '#document') parent.children.push(decode(text));
    } else if (closing) {
      if (parent.name !== name) throw new Error(`Unexpected </${name}> in TwiML; <${parent.name}> is open`);
      stack.pop();
    } else {
      const element: XmlElement = { name: name ?? '', attributes: readAttributes(attributeText ?? ''), children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
    if (tag.lastIndex === body.length) break;
  }

  if (tag.lastIndex !== body.length && body.slice(tag.lastIndex).trim() !== '') throw new Error('TwiML is not well-formed XML');
  if (stack.length !== 1) throw new Error(`TwiML ends with <${stack.at(-1)?.name}> still open`);
  const [root] = elementsOf(stack[0] as XmlElement);
  if (!root) throw new Error('TwiML is empty');
  return root;
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] ?? ''] = decode(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? entity;
  });
}
