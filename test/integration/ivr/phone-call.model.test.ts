import { afterEach, describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { AccountSummary, LoanView, RenewAllResult, RenewOneResult } from '../../../src/circulation/circulation.types.ts';
import { phoneCallMachine } from '../../../src/sessions/phone-call.machine.ts';
import { canChangeCard } from '../../../src/sessions/phone-call.setup.ts';
import type { AccountCounts, CallEnding, CallLoan, CallNotice, CallRenewAll, CallRenewOne, PhoneCallEvent } from '../../../src/sessions/phone-call.types.ts';
import type { PhonePromptKey } from '../../../ivr/prompts/phone-prompts.ts';
import { phrase, speechText } from '../../../ivr/twiml/speech.ts';
import type { FakeCirculation } from '../../support/fake-circulation.ts';
import { CARD, IvrHarness, PIN, WRONG_PIN, type Answer, type SimulatedCall } from '../../support/ivr-harness.ts';
import {
  allTransitions,
  describeTransition,
  exploreModel,
  MODEL_LIMITS,
  serializeModelState,
  shortestPathsByState,
  type ModelEvent,
} from '../../support/phone-call-model.ts';

type CallSnapshot = SnapshotFrom<typeof phoneCallMachine>;

const STATE_PROMPTS: Partial<Record<string, PhonePromptKey>> = {
  choosingLanguage: 'phone.chooseLanguage',
  enteringCard: 'phone.askCard',
  mainMenu: 'phone.menu',
  renewAllResult: 'phone.backOrEnd',
  refusalReasons: 'phone.backOrEnd',
  choosingLoan: 'phone.loanChoice.keys',
  renewOneResult: 'phone.renewOne.keys',
  hearingLoans: 'phone.backOrEnd',
  hearingCharges: 'phone.backOrEnd',
};
const NOTICE_PROMPTS: Record<CallNotice, PhonePromptKey> = {
  'no-input': 'phone.notice.noInput',
  'no-entry': 'phone.notice.noEntry',
  'invalid-entry': 'phone.notice.invalidEntry',
  'wrong-key': 'phone.notice.wrongKey',
  'invalid-card': 'phone.notice.invalidCard',
  'card-lost': 'phone.notice.cardLost',
  'card-limit-reached': 'phone.notice.cardLimitReached',
  'no-more-loans': 'phone.notice.noMoreLoans',
  'default-pin': 'phone.notice.defaultPin',
  'service-fault': 'phone.notice.serviceFault',
};
const ENDING_PROMPTS: Record<CallEnding, PhonePromptKey> = {
  goodbye: 'phone.end.goodbye',
  'no-response': 'phone.end.noResponse',
  'no-card-number': 'phone.end.noCardNumber',
  'no-pin': 'phone.end.noPin',
  'pin-failed': 'phone.end.pinFailed',
  'source-blocked': 'phone.end.sourceBlocked',
  'default-pin-refused': 'phone.end.defaultPinRefused',
  'service-fault': 'phone.end.serviceFault',
};

/** Picks, edge by edge, a path for each edge that fires a transition no earlier path fired. */
function coveringPaths(): { paths: ModelEvent[][]; covered: Set<object> } {
  const { edges } = exploreModel();
  const pathTo = shortestPathsByState();
  const withPaths = edges
    .map((edge) => ({ edge, path: [...(pathTo.get(serializeModelState(edge.state)) ?? []), edge.event] }))
    .sort((left, right) => left.path.length - right.path.length);

  const covered = new Set<object>();
  const paths: ModelEvent[][] = [];
  for (const { edge, path } of withPaths) {
    if (![...edge.transitions].some((transition) => !covered.has(transition))) continue;
    for (const transition of edge.transitions) covered.add(transition);
    paths.push(path);
  }
  return { paths, covered };
}

const { paths, covered } = coveringPaths();

describe('phone line driven by paths from the call machine graph', () => {
  let harness: IvrHarness | null = null;

  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it('has paths that together fire every transition', () => {
    const missing = allTransitions().filter((transition) => !covered.has(transition)).map(describeTransition);

    expect(missing).toEqual([]);
  });

  it.each(paths.map((path) => [path.map(describeEvent).join(' › '), path] as const))('follows %s over HTTP', async (_name, path) => {
    harness = await new IvrHarness({ maxReprompts: MODEL_LIMITS.maxReprompts, holdAfterMs: 100, config: { throttle: { sessionCardsPerSession: MODEL_LIMITS.cardsPerCall } } }).start();
    await harness.seedReaders();
    await new PathRunner(harness, path).run();
  });
});

/** Plays a model path as a caller would, and checks after each request that the line is where the model is. */
class PathRunner {
  readonly #call: SimulatedCall;
  #model: CallSnapshot;
  #triesLeft = MODEL_LIMITS.pinTriesPerCard;
  #pinRejected = false;

  constructor(
    readonly harness: IvrHarness,
    readonly path: ModelEvent[],
  ) {
    this.#call = harness.newCall();
    [this.#model] = initialTransition(phoneCallMachine, MODEL_LIMITS);
  }

  async run(): Promise<void> {
    await this.#check(await this.#call.dial(), false);

    for (let index = 0; index < this.path.length; index += 1) {
      const event = this.path[index] as ModelEvent;
      const completions: ModelEvent[] = [];
      while (isCompletion(this.path[index + 1])) completions.push(this.path[++index] as ModelEvent);

      for (const each of [event, ...completions]) [this.#model] = transition(phoneCallMachine, this.#model, each as PhoneCallEvent);
      for (const completion of completions) this.#prepare(completion);

      // Only the actor the model is still waiting for is held: those whose completions came first must finish.
      const holding = this.#model.hasTag('busy');
      const waitingFor = Object.keys(this.#model.children)[0] as Parameters<FakeCirculation['hold']>[0];
      const release = holding ? this.harness.fakes.circulation.hold(waitingFor) : () => {};
      const answer = await this.#perform(event);
      await this.#check(answer, holding);
      release();
    }
  }

  async #perform(event: ModelEvent): Promise<Answer> {
    const call = this.#call;
    switch (event.type) {
      case 'KEY_PRESSED':
        return call.press(event.key);
      case 'CARD_ENTERED':
        this.#triesLeft = MODEL_LIMITS.pinTriesPerCard;
        this.#pinRejected = false;
        return call.press(CARD);
      case 'CARD_INVALID':
        return call.press('12345');
      case 'PIN_ENTERED':
        expect(this.#triesLeft).toBeGreaterThan(1);
        this.#triesLeft -= 1;
        this.#pinRejected = true;
        return call.press(WRONG_PIN);
      case 'CARD_CHANGE_REQUESTED':
        return call.press('*');
      case 'CARD_LOST':
        await this.harness.restart();
        return call.press(PIN);
      case 'NO_INPUT':
        return call.press(undefined);
      case 'INVALID_INPUT':
        return call.press('12*34');
      default:
        return this.#signIn(event);
    }
  }

  async #signIn(event: ModelEvent): Promise<Answer> {
    const outcome = (event as { output?: { outcome?: string } }).output?.outcome;
    if (outcome === 'too-many-tries') {
      for (let tries = this.#triesLeft; tries > 1; tries -= 1) await this.#call.press(WRONG_PIN);
      return this.#call.press(WRONG_PIN);
    }
    if (outcome === 'source-blocked' || outcome === 'default-pin-refused') this.harness.fakes.pinChecker.queue({ outcome });
    return this.#call.press(PIN);
  }

  /** Sets up the fakes so the next request's actor ends as the model's completion event says. */
  #prepare(completion: ModelEvent): void {
    const circulation = this.harness.fakes.circulation;
    if (completion.type.startsWith('xstate.error.')) {
      circulation.failNext = new Error('database unavailable');
      return;
    }
    const output = (completion as { output: unknown }).output;
    if (completion.type === 'xstate.done.actor.accountSummary') circulation.nextResults.set('accountSummary', toAccountSummary(output as AccountCounts));
    if (completion.type === 'xstate.done.actor.listLoans') circulation.nextResults.set('listLoans', toLoanViews(output as CallLoan[]));
    if (completion.type === 'xstate.done.actor.renewAll') circulation.nextResults.set('renewAll', toRenewAllResult(output as CallRenewAll));
    if (completion.type === 'xstate.done.actor.renewOne') circulation.nextResults.set('renewOne', toRenewOneResult(output as CallRenewOne));
  }

  async #check(answer: Answer, holding: boolean): Promise<void> {
    const model = this.#model;
    const language = model.context.language ?? 'zh-Hant';
    const stored = await this.harness.callStore.loadCall(this.#call.callSid);

    expect(answer.status).toBe(200);
    expect((stored?.snapshot as { value: string }).value).toBe(model.value);
    expect(answer.said).toContain(speechText(phrase(language, this.#expectedPrompt(holding))));
    if (model.context.notice !== null && model.status === 'active') expect(answer.said).toContain(speechText(phrase(language, NOTICE_PROMPTS[model.context.notice])));
    if (model.value === 'enteringPin' && !holding) expect(answer.said.includes(speechText(phrase(language, 'phone.changeCardOffer')))).toBe(canChangeCard(model.context));
    expect(this.#call.ended).toBe(model.status === 'done');
  }

  #expectedPrompt(holding: boolean): PhonePromptKey {
    const model = this.#model;
    if (holding) return 'phone.pleaseHold';
    if (model.status === 'done') return ENDING_PROMPTS[model.context.ending ?? 'goodbye'];
    if (model.value === 'enteringPin') return model.context.notice === null && this.#pinRejected ? 'phone.pinRejected' : 'phone.askPin';
    if (model.value === 'mainMenu' && (model.context.summary?.loansCount ?? 0) === 0) return 'phone.menu.noLoans';
    if (model.value === 'choosingLoan' && model.context.loanIndex + 1 === model.context.loans.length) return 'phone.loanChoice.lastKeys';
    const prompt = STATE_PROMPTS[String(model.value)];
    if (!prompt) throw new Error(`The model rests in ${String(model.value)}, which has no prompt`);
    return prompt;
  }
}

function isCompletion(event: ModelEvent | undefined): boolean {
  return event !== undefined && event.type.startsWith('xstate.') && !event.type.endsWith('.cardAndPin');
}

function describeEvent(event: ModelEvent): string {
  if (event.type === 'KEY_PRESSED') return `key ${event.key}`;
  const output = (event as { output?: unknown }).output;
  const detail = Array.isArray(output) ? `${output.length}` : ((output as { outcome?: string } | undefined)?.outcome ?? '');
  return `${event.type.replace(/^xstate\./, '')}${detail ? `(${detail})` : ''}`;
}

function toAccountSummary(counts: AccountCounts): AccountSummary {
  return { readerId: 1, ...counts, chargesTotalCents: 1250, currency: 'HKD', readyHoldsCount: 0, borrowBlock: null };
}

function toLoanViews(loans: CallLoan[]): LoanView[] {
  return loans.map((loan) => ({
    loanId: loan.loanId,
    itemBarcode: `31000000000${loan.loanId}`,
    title: loan.title,
    borrowedAt: '2026-02-01T02:00:00.000Z',
    dueAt: loan.dueAt,
    renewals: 0,
    renewalsLeft: 5,
    overdue: loan.overdue,
    renewable: { ok: true },
  }));
}

function toRenewAllResult(result: CallRenewAll): RenewAllResult {
  return {
    reference: result.reference,
    renewed: result.renewed.map((loan, index) => ({ loanId: index + 1, itemBarcode: `3100${index}`, title: loan.title, newDueAt: loan.newDueAt })),
    refused: result.refused.map((loan, index) => ({ loanId: index + 10, itemBarcode: `3200${index}`, title: loan.title, reason: loan.reason })),
  };
}

function toRenewOneResult(result: CallRenewOne): RenewOneResult {
  if (result.outcome === 'renewed') return { outcome: 'renewed', reference: result.reference, loan: { loanId: 1, itemBarcode: '31001', title: result.title, newDueAt: result.newDueAt } };
  const loan = result.title ? { loanId: 1, itemBarcode: '31001', title: result.title, reason: result.reason } : null;
  return { outcome: 'refused', reference: result.reference, reason: result.reason, loan };
}
