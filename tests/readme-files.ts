// The files a README section writes out: its fenced blocks whose info string names a path
// ("```ts loaders/steps/example_counts.ts"). Tests follow the README's instructions literally.

/** The section `heading`'s fenced blocks that name a file: path → text. */
export function readmeFiles(readme: string, heading: string): Map<string, string> {
  const start = readme.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const rest = readme.slice(start + heading.length);
  const end = rest.search(/\n#{2,3} /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const files = new Map<string, string>();
  for (const m of section.matchAll(/^```[a-z]+ (\S+)\n([\s\S]*?)^```$/gm)) files.set(m[1], m[2]);
  return files;
}
