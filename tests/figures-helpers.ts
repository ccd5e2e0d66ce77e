// The figure stage as the tests read it: the figures of a text, or the one figure it must yield.
import { analyze } from "./helpers";
import type { Figure } from "../src/types";

export const figures = (text: string): Figure[] => analyze(text, { sections: ["figures"] }).figures;

/** The one figure a sentence yields, failing when it yields none or several. */
export const oneFigure = (text: string): Figure => {
  const f = figures(text);
  expect(f.map((x) => x.text)).toHaveLength(1);
  return f[0];
};
