// How a path is shown to people: "standard input" for "-", else on one line whatever characters the
// name holds. Pure, owned by the renderers; input messages use the same function.

export function displayPath(path: string): string {
  if (path === "-") return "standard input";
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f\u2028\u2029]/.test(path) ? JSON.stringify(path) : path;
}
