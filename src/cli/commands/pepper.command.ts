import type { Command } from 'commander';
import { writeNewPepperKey } from '../../auth/pepper.ts';
import { createCliContext } from '../cli-context.ts';

export function registerPepperCommand(program: Command): void {
  const pepper = program.command('pepper').description('Manage the secret pepper keys mixed into every PIN hash');

  pepper
    .command('create')
    .argument('[path]', 'pepper file (default: PIN_PEPPER_FILE, or data/pepper.key)')
    .option('--key-id <id>', 'id of the new key (letters, digits, - and _; default k + today\'s date)')
    .description(
      'Create the pepper file, or add a new current key to it. Older keys stay so existing hashes verify; ' +
        'each reader is rehashed with the new key at their next sign-in.',
    )
    .action(async (path: string | undefined, options: { keyId?: string }, command: Command) => {
      const context = createCliContext(command, path ? { pepperFile: path } : {});
      const file = context.config.pepperFile;
      const keyId = writeNewPepperKey(file, options.keyId);
      context.say('pepper.created', { keyId, path: file });
    });
}
