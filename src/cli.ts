// The command line: options parsed with commander, then the batch (src/batch/run.ts) analyses
// the inputs, on worker threads when there are several, and renders them in input order.
// stdout carries only results; messages go to stderr.

import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { mkdirSync, statSync } from "node:fs";
import { defaultJobs } from "./batch/pool";
import { runBatch } from "./batch/run";
import { readFileList } from "./input/filelist";
import { DEFAULT_MAX_BYTES, formatBytes, parseSize } from "./input/read";
import { FORMATS, type Format } from "./render";
import { SECTIONS, type Section } from "./types";

declare const KZ_VERSION: string | undefined;

const EXAMPLES: Array<[string, string]> = [
  ["kz-analyze samples/mt-kazakhstan-crisis.txt", "tables in the terminal"],
  ["kz-analyze a.txt | less -R", "in a pager (COLUMNS=100 for wider tables)"],
  ["kz-analyze articles/ --json > results.jsonl", "a folder, as JSON Lines"],
  ["cat story.txt | kz-analyze --json | jq .quotes", "from a pipe"],
  ["kz-analyze a.txt --json | jq -r '.quotes[] | \"\\(.speaker): \\(.flat)\"'", "who said what"],
  ["kz-analyze a.txt --only people,quotes", "just some sections"],
  ["kz-analyze a.txt --only figures --sentences", "figures with their sentences"],
  ["kz-analyze articles/ --format csv > items.csv", "one spreadsheet row per item"],
  ["kz-analyze a.html --format html > a-report.html", "the article marked up, in a browser"],
  ["kz-analyze articles/ --format html -o report/", "a page per article and an index"],
  ["kz-analyze articles/ --summary", "the whole folder in one summary"],
  ["find . -name '*.txt' | kz-analyze --files-from -", "the files a list names"],
  ["kz-analyze --input jsonl --json < corpus.jsonl", '{"id", "text"} records in'],
];

const EXIT_STATUS =
  "Exit status: 0 all inputs analysed, 1 an input failed (its error record is in the JSON stream), 2 usage error, 130, 143, 129 stopped by SIGINT (Ctrl-C), SIGTERM, SIGHUP.";

/** The examples and exit status after --help, fitted to the terminal: two columns when they fit, else each description under its command. */
function helpAfter(width: number): string {
  const wrapAt = (text: string, w: number, indent = "") => {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line && (indent + line + " " + word).length > w) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(indent + line);
    return lines;
  };
  const cmd = Math.max(...EXAMPLES.map(([c]) => c.length)) + 2;
  const lines = ["", "Examples:"];
  for (const [c, what] of EXAMPLES) {
    if (2 + cmd + what.length <= width) lines.push(`  ${c.padEnd(cmd)}${what}`);
    else lines.push(`  ${c}`, ...wrapAt(what, width, "      "));
  }
  return [...lines, "", ...wrapAt(EXIT_STATUS, width)].join("\n");
}

class UsageError extends Error {}

const HINT = "(run kz-analyze --help for usage)";

function version(): string {
  if (typeof KZ_VERSION === "string") return KZ_VERSION;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../package.json") as { version: string }).version;
}

/** Section names as --only takes them, for results and --summary alike; "speakers" is the summary's name for quotes. */
const SECTION_NAMES: Record<string, Section> = { ...Object.fromEntries(SECTIONS.map((s) => [s, s])), speakers: "quotes" };

function parseSections(value: string): Section[] {
  const wanted = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = wanted.filter((s) => !(s in SECTION_NAMES));
  if (bad.length || !wanted.length) throw new UsageError(`--only: unknown section '${bad[0] ?? value}' (choose from ${Object.keys(SECTION_NAMES).join(", ")})`);
  return [...new Set(wanted.map((s) => SECTION_NAMES[s]))];
}

/** Terminal columns: the terminal's own, else COLUMNS (so `COLUMNS=100 kz-analyze … | less -R` works), else 80. */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  const env = Number(process.env.COLUMNS);
  return stream.columns || (Number.isInteger(env) && env > 0 ? env : 80);
}

export function buildProgram(): Command {
  return new Command()
    .name("kz-analyze")
    .description("Who is in a news article, who said what, and the numbers that matter.")
    .argument("[paths...]", "files or folders to analyse; '-' or nothing (with a pipe) reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("table"))
    .option("--json", "shorthand for --format json")
    .option("--pretty", "indent JSON output (one record spans several lines)")
    .option("--only <sections>", `sections to report, comma-separated (${[...SECTIONS, "speakers"].join(", ")})`)
    .option("--ext <extensions>", "file extensions to read in folders, comma-separated", "txt,md,html,htm")
    .option("--max-bytes <size>", `refuse inputs (JSON Lines: records) larger than this (e.g. 50MB; K, M, G count 1024s)`, formatBytes(DEFAULT_MAX_BYTES).replace(" ", ""))
    .option("--sentences", "tables: show the sentence each figure comes from")
    .option("--bom", "csv, tsv: start with a byte-order mark, so Excel reads UTF-8")
    .option("--no-color", "no colours in tables (also NO_COLOR=1; FORCE_COLOR=1 forces them)")
    .addOption(new Option("--input <kind>", "what the inputs hold: text, or JSON Lines records {\"id\", \"text\"}").choices(["text", "jsonl"]).default("text"))
    .option("-j, --jobs <n>", `worker threads (default: 1 for JSON Lines on standard input, where an engine runs the processes; else the number of CPUs, ${defaultJobs()} here)`, positiveInt("--jobs", 1))
    .option("--summary", "one summary of all inputs instead of a result per input")
    .option("-o, --output <dir>", "html: write a page per article and an index.html (the dashboard with --summary) into this folder")
    .option("--files-from <file>", "read the paths to analyse from this file, one a line ('-': standard input)")
    .option("-0, --null", "--files-from: paths are separated by NUL characters (find -print0)")
    .option("--top <n>", "entries per list in --summary (0: all)", positiveInt("--top", 0), 20)
    .option("-q, --quiet", "no progress and no per-input messages on stderr")
    .version(version(), "-V, --version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", () => helpAfter(terminalWidth()))
    .configureHelp({ minWidthToWrap: 16 })
    .showHelpAfterError(HINT)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), getOutHelpWidth: () => terminalWidth(), getErrHelpWidth: () => terminalWidth(process.stderr) });
}

function isFolder(path: string): boolean {
  try {
    return path !== "-" && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function positiveInt(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`${name} takes a whole number${min > 0 ? ` from ${min}` : ""}`);
    return n;
  };
}

function colorWanted(flag: boolean): boolean {
  if (!flag) return false;
  const force = process.env.FORCE_COLOR;
  if (force && force !== "0" && force !== "false") return true;
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY);
}

function guardStdout(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    // the reader went away (| head): stop at once and quietly, as Unix tools do
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // a full disk or a bad device: one line, exit 1
    process.stderr.write(`kz-analyze: cannot write output: ${err.code === "ENOSPC" ? "no space left on device" : err.message}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => {}); // nowhere left to complain
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // (before --help can write: `kz-analyze --help | head` must end quietly too)
  guardStdout();
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    throw err;
  }
  const opts = program.opts<{
    format: Format;
    json?: boolean;
    pretty?: boolean;
    only?: string;
    ext: string;
    color: boolean;
    maxBytes: string;
    sentences?: boolean;
    bom?: boolean;
    input: "text" | "jsonl";
    jobs?: number;
    summary?: boolean;
    top: number;
    quiet?: boolean;
    output?: string;
    filesFrom?: string;
    null?: boolean;
  }>();
  let sections: readonly Section[] = SECTIONS;
  const maxBytes = parseSize(opts.maxBytes);
  try {
    if (opts.only) sections = parseSections(opts.only);
    if (!maxBytes) throw new UsageError(`--max-bytes: '${opts.maxBytes}' is not a size (try 10MB, 512K or 2G)`);
  } catch (err) {
    process.stderr.write(`kz-analyze: ${(err as Error).message}\n${HINT}\n`);
    return 2;
  }
  const format: Format = opts.json ? "json" : opts.format;
  // options that do nothing in this combination: said once, so nobody waits for an effect
  const src = (name: string) => program.getOptionValueSource(name);
  const ignored = [
    opts.json && src("format") === "cli" && opts.format !== "json" && "--format table (--json wins)",
    src("top") === "cli" && !opts.summary && "--top (only --summary uses it)",
    opts.sentences && format !== "table" && `--sentences (tables only; ${format === "json" ? "JSON always carries figures[].sentence" : "a figure's sentence is a column"})`,
    opts.bom && format !== "csv" && format !== "tsv" && "--bom (CSV and TSV only)",
    opts.pretty && format !== "json" && "--pretty (JSON only)",
    opts.color === false && format === "json" && "--no-color (JSON has no colours)",
  ].filter(Boolean);
  if (ignored.length && !opts.quiet) process.stderr.write(`kz-analyze: note: ignoring ${ignored.join(", ")}\n`);
  let paths = program.args;
  try {
    if (opts.filesFrom !== undefined) {
      if (opts.filesFrom === "-" && paths.includes("-")) throw new UsageError("--files-from -: standard input holds the list, so it cannot also be an input ('-')");
      let listed: string[];
      try {
        listed = readFileList(opts.filesFrom, Boolean(opts.null));
      } catch (err) {
        throw new UsageError(`--files-from: cannot read ${opts.filesFrom === "-" ? "standard input" : opts.filesFrom}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      if (!listed.length && !paths.length) throw new UsageError(`--files-from: ${opts.filesFrom === "-" ? "standard input" : opts.filesFrom} names no paths`);
      paths = [...paths, ...listed];
    } else if (opts.null) throw new UsageError("-0 (--null) goes with --files-from");
    if (opts.output !== undefined && format !== "html") throw new UsageError("-o/--output writes HTML pages: use it with --format html (other formats go to standard output: > file)");
    if (format === "html" && opts.output === undefined && !opts.summary && (paths.length > 1 || opts.input === "jsonl" || paths.some(isFolder)))
      throw new UsageError("--format html makes one page per article: for several inputs give -o DIR (a page each and an index.html), or --summary for one dashboard");
    if (opts.output !== undefined) {
      try {
        mkdirSync(opts.output, { recursive: true });
      } catch (err) {
        throw new UsageError(`-o: cannot make the folder ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`kz-analyze: ${err.message}\n${HINT}\n`);
    return 2;
  }
  if (!paths.length) {
    if (process.stdin.isTTY) {
      process.stderr.write(program.helpInformation());
      process.stderr.write(`\nkz-analyze: no input: give a file or folder, or pipe text in\n${HINT}\n`);
      return 2;
    }
    paths = ["-"];
  }
  // JSON Lines inputs in folders are *.jsonl / *.ndjson unless --ext says otherwise
  const ext = opts.input === "jsonl" && program.getOptionValueSource("ext") === "default" ? "jsonl,ndjson" : opts.ext;
  const batch = runBatch({
    paths,
    input: opts.input,
    extensions: ext.split(",").map((e) => e.trim()).filter(Boolean),
    // JSON Lines on standard input is how a streaming engine (Spark, Hadoop, Dask, GNU parallel)
    // feeds its map step, one process per core: a thread per CPU in each would fight it
    jobs: opts.jobs ?? (opts.input === "jsonl" && paths.every((p) => p === "-") ? 1 : defaultJobs()),
    format,
    render: {
      pretty: Boolean(opts.pretty),
      color: colorWanted(opts.color),
      width: terminalWidth(),
      sections,
      sentences: Boolean(opts.sentences),
      bom: Boolean(opts.bom),
    },
    process: { sections, maxBytes },
    summary: Boolean(opts.summary),
    top: opts.top,
    quiet: Boolean(opts.quiet),
    pages: opts.output !== undefined,
    outDir: opts.output,
  });
  return batch.catch((err: unknown) => {
    // a bug, not a bad input (those become error records): one line, no stack trace
    process.stderr.write(`kz-analyze: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  });
}

if (require.main === module) {
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
