import type { FastifyInstance } from 'fastify';
import type { DemoItemNote } from '../../../src/demo/demo-seed.ts';
import { isLanguage, LANGUAGES, type Language } from '../../../src/domain/language.ts';
import { createTranslator } from '../../../src/i18n/catalogue.ts';
import { kioskDemoMessages } from '../../../src/i18n/messages/kiosk-demo.ts';
import { stationDemoMessages } from '../../../src/i18n/messages/station-demo.ts';
import type { TerminalMode } from '../../../src/sessions/kiosk-view.types.ts';
import type { DemoReceiptPrinter } from './demo-receipt-printer.ts';
import type { VirtualCardLine } from './virtual-card-line.ts';

const translate = createTranslator(kioskDemoMessages, stationDemoMessages);

/** Keys of the texts that name the terminal, by mode. */
const MODE_TEXTS: Readonly<Record<TerminalMode, { title: string; intro: string; frame: string }>> = {
  kiosk: { title: 'demo.title', intro: 'demo.intro', frame: 'demo.kioskFrame' },
  station: { title: 'demo.station.title', intro: 'demo.station.intro', frame: 'demo.station.frame' },
};

export interface DemoCard {
  card: string;
  name: string;
  /** Shown so a newcomer can sign in; only demo readers belong here. */
  pin: string;
}

export interface DemoItem {
  barcode: string;
  title: string;
  /** Says what scanning the item shows: on the shelf, on loan to someone, or a reserved item ready. */
  note?: DemoItemNote;
}

export interface DemoPanelOptions {
  line: VirtualCardLine;
  printer: DemoReceiptPrinter;
  cards: DemoCard[];
  items: DemoItem[];
  /** Mode the demo terminal is enrolled in, which the panel's title and intro follow; kiosk unless given. */
  mode?: TerminalMode;
}

// More bytes than any barcode frame the driver accepts, so it reports the read as unreadable.
const UNREADABLE_FRAME = '9'.repeat(80);

/**
 * Registers the demo page at `/demo`: the kiosk screen in a frame beside buttons that scan demo cards and
 * items into the virtual card reader, and the receipts the demo printer received. Only listed barcodes can
 * be scanned.
 */
export function demoPanelRoutes(options: DemoPanelOptions) {
  const scannable = new Map<string, string>([...options.cards.map((card) => [card.card, card.card] as const), ...options.items.map((item) => [item.barcode, item.barcode] as const)]);
  scannable.set('unreadable', UNREADABLE_FRAME);

  return (app: FastifyInstance): void => {
    app.get<{ Querystring: { lang?: string } }>('/demo', async (request, reply) => {
      const language = isLanguage(request.query.lang) ? request.query.lang : 'en';
      return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(demoPage(options, language));
    });
    app.post<{ Body: { code?: unknown } }>('/demo/scan', async (request, reply) => {
      const text = typeof request.body?.code === 'string' ? scannable.get(request.body.code) : undefined;
      if (text === undefined) return reply.status(400).send({ error: 'only the demo cards and items can be scanned here' });
      await options.line.scan(text);
      return reply.status(204).send();
    });
    app.get('/demo/receipts', async () => ({ receipts: options.printer.receipts }));
  };
}

function demoPage(options: DemoPanelOptions, language: Language): string {
  const text = (key: string, parameters?: Record<string, string>) => escapeHtml(translate(language, key, parameters));
  const names = MODE_TEXTS[options.mode ?? 'kiosk'];
  const scanButton = (code: string, label: string) => `<button type="button" data-code="${escapeHtml(code)}">${label}</button>`;
  const cards = options.cards.map((card) => `<li>${scanButton(card.card, text('demo.card', { name: card.name, card: card.card, pin: card.pin }))}</li>`).join('');
  const items = options.items
    .map((item) => {
      const note = item.note ? `<span class="note">${noteText(item.note, text)}</span>` : '';
      return `<li>${scanButton(item.barcode, `${escapeHtml(item.title)} (${escapeHtml(item.barcode)})${note}`)}</li>`;
    })
    .join('');
  const languageLinks = LANGUAGES.map((choice) =>
    choice === language ? `<a href="?lang=${choice}" aria-current="page">${LANGUAGE_NAMES[choice]}</a>` : `<a href="?lang=${choice}" lang="${HTML_LANG[choice]}">${LANGUAGE_NAMES[choice]}</a>`,
  ).join(' · ');

  return `<!doctype html>
<html lang="${HTML_LANG[language]}">
<head><meta charset="utf-8"><title>${text(names.title)}</title><link rel="icon" href="data:,">
<style>
body { margin: 0; display: flex; gap: 24px; padding: 24px; font: 18px/1.4 sans-serif; background: #f4f6f8; color: #111; }
iframe { width: 540px; height: 960px; border: 2px solid #333; flex: none; }
.frame { width: 540px; height: 960px; flex: none; overflow: hidden; }
.frame iframe { width: 1080px; height: 1920px; transform: scale(0.5); transform-origin: 0 0; }
ul { list-style: none; padding: 0; }
li { margin: 8px 0; }
button { min-height: 48px; padding: 8px 16px; font: inherit; text-align: left; cursor: pointer; }
nav a { padding: 4px 8px; }
nav a[aria-current] { font-weight: 700; color: inherit; text-decoration: none; }
.note { display: block; font-size: 15px; color: #444; }
pre { background: #fff; border: 1px solid #999; padding: 12px; white-space: pre-wrap; }
</style></head>
<body>
<div class="frame"><iframe src="/" title="${text(names.frame)}"></iframe></div>
<main>
<nav aria-label="${text('demo.languages')}">${languageLinks}</nav>
<h1>${text(names.title)}</h1>
<p>${text(names.intro)}</p>
<p>${text(`demo.readerKind.${options.line.kind}`)}</p>
<h2>${text('demo.cards')}</h2><ul>${cards}<li>${scanButton('unreadable', text('demo.badRead'))}</li></ul>
<h2>${text('demo.items')}</h2>${options.items.some((item) => item.note) ? `<p>${text('demo.itemNotes')}</p>` : ''}<ul>${items}</ul>
<h2>${text('demo.receipts')}</h2><div id="receipts">${text('demo.noReceipts')}</div>
</main>
<script type="module">
for (const button of document.querySelectorAll('button[data-code]')) {
  button.addEventListener('click', () => fetch('/demo/scan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: button.dataset.code }) }));
}
const receipts = document.getElementById('receipts');
async function refresh() {
  const { receipts: list } = await (await fetch('/demo/receipts')).json();
  if (list.length === 0) return;
  receipts.replaceChildren(...list.map((receipt) => {
    const pre = document.createElement('pre');
    pre.textContent = [...receipt.titleLines, '', ...receipt.items.flatMap((item) => [item.title, '  ' + item.dueText]), '', receipt.referenceText, ...receipt.footerLines].join('\\n');
    return pre;
  }));
}
setInterval(refresh, 2000);
</script>
</body></html>`;
}

const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN' };

/** Each language named in itself, for the panel's language links. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

function noteText(note: DemoItemNote, text: (key: string, parameters?: Record<string, string>) => string): string {
  return note.kind === 'ready-for' || note.kind === 'on-loan-to' ? text(`demo.item.${note.kind}`, { name: note.name }) : text(`demo.item.${note.kind}`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
