// kz-analyze from TypeScript: the package ships its declarations (package.json "types"), so results
// are typed. tests/library.test.ts type-checks this file against the built declarations.
import { analyze, type AnalyzeOptions, type Quote, type Result } from "kz-analyze";

const options: AnalyzeOptions = { path: "a.txt", html: false, sections: ["people", "quotes"] };
const result: Result = analyze("“It will hold,” said Maria Lopez.", options);
const said: Array<[string | null, string]> = result.quotes.map((q: Quote & { flat: string }) => [q.speaker, q.flat]);
const date: string | null = result.article.date;
console.log(said, date);
