// Shared test helpers: running the built command, the schema validator, and ../shared checks.

import Ajv2020 from "ajv/dist/2020";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadModels } from "../src/models";
import { createDoc, type Doc } from "../src/text/document";
import { createVocab, type Vocab } from "../src/vocab";

import { createAnalyzer, type Analyze } from "../src/analyze";

let analyzer: Analyze | null = null;
/** The core analysis (text in, result out), with models/ as installed. */
export const analyze: Analyze = (text, options) => (analyzer ??= createAnalyzer(loadModels()))(text, options);

let vocabulary: Vocab | null = null;
/** The vocabulary built from models/ (once per test file), for tests that run stages by hand. */
export function vocab(): Vocab {
  return (vocabulary ??= createVocab(loadModels()));
}

/** A document of the text, as the analysis builds it, with no stage run yet. */
export const docOf = (text: string): Doc => createDoc(text, vocab());

export const ROOT = resolve(__dirname, "..");
export const BIN = join(ROOT, "bin", "kz-analyze");
export const SAMPLE = join(ROOT, "samples", "mt-kazakhstan-crisis.txt");
/** ../shared (KZ_SHARED points elsewhere, e.g. at a missing folder to see the suite without it). */
export const SHARED = process.env.KZ_SHARED ? resolve(process.env.KZ_SHARED) : resolve(ROOT, "..", "shared");
export const HAS_SHARED = existsSync(join(SHARED, "gold", "mt-kazakhstan-crisis.gold.json"));

/**
 * One line on stderr saying what is skipped and why. Not console.warn: Jest prints that with a
 * code frame and a stack, five lines for one fact.
 */
export function skipNote(what: string, why: string): void {
  process.stderr.write(`skipping ${what}: ${why}\n`);
}

/** `describe` for suites that read ../shared: skipped, with one visible line, when it is absent. */
export const describeShared: jest.Describe = HAS_SHARED
  ? describe
  : (((name: string, fn: () => void) => {
      skipNote(`"${name}"`, "../shared is not next to this checkout (see README, Development)");
      return describe.skip(name, fn);
    }) as unknown as jest.Describe);

export function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", COLUMNS: "", ...env },
    maxBuffer: 1 << 28,
  });
}

/** Parses stdout as JSON Lines, failing on any line that is not JSON. */
export function jsonLines(stdout: string): any[] {
  return stdout
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l));
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validator = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schema", "kz-analyze-1.schema.json"), "utf8")));

export function schemaErrors(record: unknown): string[] {
  return validator(record) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
