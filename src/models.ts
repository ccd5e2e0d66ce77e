// Finds and loads the data files in models/ (gazetteers, the tagger's weights) once per process.
// The bundle lives in dist/ and the sources in src/…, so the folder is found by walking up.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

let modelsDir: string | null = null;

export function modelsPath(file: string): string {
  if (!modelsDir) {
    let dir = __dirname;
    for (let i = 0; i < 6 && !existsSync(join(dir, "models", "lexicon.json")); i++) dir = dirname(dir);
    modelsDir = join(dir, "models");
  }
  return join(modelsDir, file);
}

const cache = new Map<string, unknown>();

/** Parses models/<file> (gunzipped when it ends in .gz), once. */
export function loadModel<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    const raw = readFileSync(modelsPath(file));
    v = JSON.parse((file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8"));
    cache.set(file, v);
  }
  return v as T;
}
