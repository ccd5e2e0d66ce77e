// Progress on stderr while a batch runs: one line, redrawn a few times a second, with files done
// out of the total, the rate and the time left. Only when stderr is a terminal (and not --quiet);
// otherwise every method does nothing. The total of a folder is counted alongside the run, a few
// thousand entries per redraw, so a large tree starts at once and the total appears when known.

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** Counts the inputs, `budget` at a time; returns the total once known, else null. */
  counter?: (budget: number) => number | null;
  /** What is counted ("files", "records"). */
  unit: string;
  /** Whether stdout is the same terminal, so the line must be cleared before output is written. */
  sharesTerminal: boolean;
  now?: () => number;
}

const REDRAW_MS = 200;
const COUNT_BUDGET = 2000;

export class Progress {
  private done = 0;
  private bytes = 0;
  private total: number | null = null;
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly started: number;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => performance.now());
    this.started = this.now();
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
  }

  /** Call before writing to stdout: clears the line when stdout is the same terminal. */
  beforeOutput(): void {
    if (this.o.sharesTerminal) this.clear();
  }

  /** Writes a message on its own line, above the progress line. */
  message(text: string): void {
    this.clear();
    this.o.stream.write(text);
  }

  clear(): void {
    if (!this.shown) return;
    this.o.stream.write("\r\x1b[K");
    this.shown = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }

  /** The progress line as text, e.g. "1,204/2,225 files (54%) · 480/s · 2.3 MB/s · 2s left". */
  line(): string {
    if (this.total === null && this.o.counter) this.total = this.o.counter(COUNT_BUDGET);
    const secs = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = this.done / secs;
    const fmt = (n: number) => n.toLocaleString("en-US");
    const parts = [
      this.total !== null ? `${fmt(this.done)}/${fmt(this.total)} ${this.o.unit} (${Math.floor((100 * this.done) / Math.max(1, this.total))}%)` : `${fmt(this.done)} ${this.o.unit}`,
      `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`,
      `${(this.bytes / 1e6 / secs).toFixed(1)} MB/s`,
    ];
    if (this.total !== null && this.done > 0 && rate > 0) parts.push(`${duration((this.total - this.done) / rate)} left`);
    return `kz-analyze: ${parts.join(" · ")}`;
  }

  private draw(): void {
    const text = this.line();
    const width = Math.max(20, (this.o.stream.columns || 80) - 1);
    this.o.stream.write(`\r${text.slice(0, width)}\x1b[K`);
    this.shown = true;
  }
}

function duration(s: number): string {
  const t = Math.max(0, Math.round(s));
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m${String(t % 60).padStart(2, "0")}s`;
  return `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, "0")}m`;
}
