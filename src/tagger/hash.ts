// FNV-1a hashing of a template id and strings, as the tagger's features and gazetteer use it:
// changing any of this changes every feature, so it is frozen with the trained model (models/).

const FNV = 2166136261;
const PRIME = 16777619;

export function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}
export const seed = (t: number) => Math.imul(FNV ^ t, PRIME);
/** The hash state after template t and string a, ready for a second string. */
export const then = (t: number, a: string) => Math.imul(mix(seed(t), a) ^ 0x1f, PRIME);
export const h1 = (t: number, a: string) => mix(seed(t), a) | 0;
export const h2 = (t: number, a: string, b: string) => mix(then(t, a), b) | 0;
export const h3 = (t: number, a: string, b: string, c: string) => mix(Math.imul(mix(then(t, a), b) ^ 0x1f, PRIME), c) | 0;
