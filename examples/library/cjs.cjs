// kz-analyze as a library, from CommonJS: the people an article names, with their mentions'
// places in the text (offsets into result.source.text when the input was HTML, else the input).
//   node examples/library/cjs.cjs
const { analyze, AnalyzeError } = require("kz-analyze");

const text = "Kazakh President Kassym-Jomart Tokayev asked Russia for help. Tokayev said the alliance would stay.";
const result = analyze(Buffer.from(text, "utf8"), { path: "tokayev.txt" });
for (const person of result.people) {
  const where = person.mentions.map((m) => `${m.start}-${m.end}`).join(", ");
  console.log(`${person.name}${person.description ? ` (${person.description})` : ""}: ${person.count} mentions at ${where}`);
}

// what is not text is refused with a code, as the command's error records say it
try {
  analyze(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { path: "photo.png" });
} catch (err) {
  if (!(err instanceof AnalyzeError)) throw err;
  console.log(`${err.code}: ${err.message}`);
}
