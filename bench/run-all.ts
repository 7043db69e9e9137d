// Runs every bench/*.bench.ts file (or those whose name contains the first argument) one after another in
// its own process, then prints the `BENCH` lines of all of them as one table.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark file matches "${filter}" in ${benchDir}`);
  process.exit(2);
}

const summary: string[] = [];
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const { code, lines } = await runBenchFile(join(benchDir, file));
  summary.push(...lines.filter((line) => line.startsWith('BENCH ')));
  if (code !== 0) {
    failed += 1;
    summary.push(`BENCH ${file} failed exit=${code}`);
  }
}

console.log('\n=== summary');
console.table(summary.map(parseBenchLine));
process.exit(failed === 0 ? 0 : 1);

function runBenchFile(path: string): Promise<{ code: number; lines: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, lines: output.split('\n') }));
  });
}

function parseBenchLine(line: string): Record<string, string> {
  const [, name = '', ...fields] = line.split(/\s+/);
  const row: Record<string, string> = { name };
  for (const field of fields) {
    const [key, value] = field.split('=');
    if (key) row[key] = value ?? '';
  }
  return row;
}
