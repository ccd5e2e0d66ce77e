// kz-analyze as a library, from an ES module: who said what in an article, and its figures.
//   node examples/library/esm.mjs [FILE]      (an article; without one, a short text of our own)
import { analyze, analyzeFile } from "kz-analyze";

const result = process.argv[2]
  ? analyzeFile(process.argv[2]) // read as the command reads it: encodings, HTML pages
  : analyze("“We will not stand by,” said Maria Lopez, the defence minister, as 3,000 troops left Almaty.", { path: "example.txt" });

console.log(`${result.source.path}: ${result.people.length} people, ${result.quotes.length} quotes, ${result.figures.length} figures`);
for (const q of result.quotes) console.log(`${q.speaker ?? "unknown"}: ${q.flat}`);
for (const f of result.figures) console.log(`${f.category}: ${f.value ?? "?"} (${f.text})`);

// a page's bytes, as a Buffer: the article is taken out of the HTML, its metadata read
const page = Buffer.from(
  '<html><head><title>Talks end</title><meta property="article:published_time" content="2022-01-07T09:00:00Z"></head>' +
    "<body><article><p>" + "Andrei Kortunov said the talks in Moscow had ended without a deal. ".repeat(4) + "</p></article></body></html>",
);
const fromHtml = analyze(page, { path: "talks.html" });
console.log(`${fromHtml.article.title} (${fromHtml.article.date}): ${fromHtml.people.map((p) => p.name).join(", ")}`);
