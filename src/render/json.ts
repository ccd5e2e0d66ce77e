// JSON Lines: one record per line (or indented with --pretty), exactly the contract's shape.

import type { RenderOptions, Renderer } from "./index";

export function jsonRenderer(o: RenderOptions): Renderer {
  return { record: (r) => (o.pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r)) + "\n" };
}
