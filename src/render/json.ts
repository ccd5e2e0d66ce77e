// JSON Lines: one record per line (or indented with --pretty), exactly the contract's shape.

import type { RenderOptions, Renderer } from "./index";

/** One JSON value as a line (or indented), ending with a newline. */
export const jsonText = (value: unknown, pretty: boolean): string => (pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + "\n";

export function jsonRenderer(o: RenderOptions): Renderer {
  return { record: (r) => jsonText(r, o.pretty) };
}
