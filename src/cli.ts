// The command line: options parsed with commander, inputs collected, each analysed and rendered
// in input order. stdout carries only results; messages go to stderr.

import { Command, CommanderError, Option } from "commander";
import { writeSync } from "node:fs";
import { processInput } from "./batch/process";
import { collectInputs, displayPath } from "./input/collect";
import { DEFAULT_MAX_BYTES, formatBytes, parseSize } from "./input/read";
import { FORMATS, type Format } from "./render";
import { isError, SECTIONS, type Section } from "./types";

declare const KZ_VERSION: string | undefined;

const EXAMPLES = `
Examples:
  kz-analyze samples/mt-kazakhstan-crisis.txt          tables in the terminal
  kz-analyze articles/ --json > results.jsonl          a folder, as JSON Lines
  cat story.txt | kz-analyze --json | jq .quotes       from a pipe
  kz-analyze a.txt --json | jq -r '.quotes[] | "\\(.speaker): \\(.text)"'
  kz-analyze a.txt --only people,quotes                just some sections
  kz-analyze a.txt --only figures --sentences          figures with their sentences

Exit status: 0 all inputs analysed, 1 an input failed (its error record is in the
JSON stream), 2 usage error.`;

class UsageError extends Error {}

function version(): string {
  if (typeof KZ_VERSION === "string") return KZ_VERSION;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../package.json") as { version: string }).version;
}

function parseSections(value: string): Section[] {
  const wanted = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (bad.length || !wanted.length) throw new UsageError(`--only: unknown section '${bad[0] ?? value}' (choose from ${SECTIONS.join(", ")})`);
  return wanted as Section[];
}

export function buildProgram(): Command {
  return new Command()
    .name("kz-analyze")
    .description("Who is in a news article, who said what, and the numbers that matter.")
    .argument("[paths...]", "files or folders to analyse; '-' or nothing (with a pipe) reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("table"))
    .option("--json", "shorthand for --format json")
    .option("--pretty", "indent JSON output (one record spans several lines)")
    .option("--only <sections>", `sections to report, comma-separated: ${SECTIONS.join(",")}`)
    .option("--ext <extensions>", "file extensions to read in folders, comma-separated", "txt,md,html,htm")
    .option("--max-bytes <size>", `refuse inputs larger than this (e.g. 50MB; K, M, G count 1024s)`, formatBytes(DEFAULT_MAX_BYTES).replace(" ", ""))
    .option("--sentences", "tables: show the sentence each figure comes from")
    .option("--no-color", "no colours in tables (also NO_COLOR=1; FORCE_COLOR=1 forces them)")
    .version(version(), "-V, --version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run kz-analyze --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function colorWanted(flag: boolean): boolean {
  if (!flag) return false;
  const force = process.env.FORCE_COLOR;
  if (force && force !== "0" && force !== "false") return true;
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY);
}

function outputFailed(err: NodeJS.ErrnoException): never {
  // the reader went away (| head): say so in one line and stop; a full disk or a bad device fails
  if (err.code === "EPIPE") {
    process.stderr.write("kz-analyze: output closed early (broken pipe): stopped\n");
    process.exit(process.exitCode ?? 0);
  }
  process.stderr.write(`kz-analyze: cannot write output: ${err.code === "ENOSPC" ? "no space left on device" : err.message}\n`);
  process.exit(1);
}

function guardStdout(): void {
  process.stdout.on("error", outputFailed);
  process.stderr.on("error", () => {}); // nowhere left to complain
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes a record to stdout at once (not queued in the stream), so a closed pipe or a full disk
 * stops the run at the record that failed instead of after the whole batch.
 */
export function writeOutput(s: string): void {
  let buf = Buffer.from(s);
  while (buf.length) {
    try {
      buf = buf.subarray(writeSync(1, buf));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EAGAIN") Atomics.wait(pause, 0, 0, 5); // a full non-blocking pipe
      else outputFailed(err as NodeJS.ErrnoException);
    }
  }
}

export function main(argv: string[]): number {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    throw err;
  }
  const opts = program.opts<{ format: Format; json?: boolean; pretty?: boolean; only?: string; ext: string; color: boolean; maxBytes: string; sentences?: boolean }>();
  let sections: readonly Section[] = SECTIONS;
  const maxBytes = parseSize(opts.maxBytes);
  try {
    if (opts.only) sections = parseSections(opts.only);
    if (!maxBytes) throw new UsageError(`--max-bytes: '${opts.maxBytes}' is not a size (try 10MB, 512K or 2G)`);
  } catch (err) {
    process.stderr.write(`kz-analyze: ${(err as Error).message}\n`);
    return 2;
  }
  const format: Format = opts.json ? "json" : opts.format;
  let paths = program.args;
  if (!paths.length) {
    if (process.stdin.isTTY) {
      process.stderr.write(program.helpInformation());
      process.stderr.write("\nkz-analyze: no input: give a file or folder, or pipe text in\n");
      return 2;
    }
    paths = ["-"];
  }
  guardStdout();
  const renderer = FORMATS[format]({
    pretty: Boolean(opts.pretty),
    color: colorWanted(opts.color),
    width: process.stdout.columns || 80,
    sections,
    sentences: Boolean(opts.sentences),
  });
  const extensions = opts.ext.split(",").map((e) => e.trim()).filter(Boolean);
  let failed = false;
  for (const ref of collectInputs(paths, { extensions })) {
    const record = processInput(ref, { sections, maxBytes });
    if (isError(record)) {
      failed = true;
      process.stderr.write(`kz-analyze: ${record.error.message}\n`);
    }
    for (const w of (record.source.warnings as string[] | undefined) ?? []) process.stderr.write(`kz-analyze: note: ${displayPath(record.source.path)}: ${w}\n`);
    writeOutput(renderer.record(record));
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv);
}
