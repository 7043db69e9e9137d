import { checkReaderRecord } from '../auth/reader-record.ts';
import { loadCirculationSeed } from '../circulation/seed-loader.ts';
import { sortSeedProblems, validateSeedDocument } from '../circulation/seed-validation.ts';
import type { SeedProblem } from '../circulation/seed.types.ts';
import type { Language } from '../domain/language.ts';
import { translate } from '../i18n/translator.ts';
import type { Services } from '../services.ts';

export interface SeedReport {
  loaded: Record<'readers' | 'items' | 'loans' | 'holds' | 'charges', number>;
  problems: SeedProblem[];
}

const SEED_ACTOR = { channel: 'cli', source: 'seed' } as const;

/**
 * Loads a seed document: readers first (enrolled with their PIN, or the default PIN from their phone),
 * then items, loans, holds and charges. Each bad record is reported with its section, position and
 * reason, and every good record is loaded.
 */
export async function loadSeedDocument(document: unknown, services: Services, language: Language): Promise<SeedReport> {
  const validated = validateSeedDocument(document, services.config.loanRules);
  // The circulation loader validates again and reports its own sections; readers and the document as a whole are reported here.
  const problems = validated.problems.filter((problem) => problem.section === 'readers' || problem.section === 'document');

  let readers = 0;
  for (const record of validated.readers) {
    const check = checkReaderRecord(record, services.config);
    const result = check.valid ? await services.enrolment.enrol(check.record, SEED_ACTOR) : { outcome: 'rejected' as const, problem: check.problem };
    if (result.outcome === 'created') readers += 1;
    else problems.push({ section: 'readers', index: record.index, reason: translate(language, `record.${result.problem}`) });
  }

  const circulation = await loadCirculationSeed(document, {
    store: services.circulationStore,
    clock: services.clock,
    rules: services.config.loanRules,
    resolveReader: async (card) => (await services.authStore.findCredentialByCard(card))?.readerId ?? null,
  });

  return {
    loaded: { readers, ...circulation.loaded },
    problems: sortSeedProblems([...problems, ...circulation.problems.filter((problem) => problem.section !== 'document')]),
  };
}
