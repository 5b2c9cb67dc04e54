import { readdirSync, readFileSync } from 'node:fs';

/** The manual: README.md and every Markdown page under docs/, as paths from the repository's root. */
export function manualPages(): string[] {
  const docs = readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => `docs/${path.replaceAll('\\', '/')}`)
    .sort();
  return ['README.md', ...docs];
}

export function readPage(path: string): string {
  return readFileSync(path, 'utf8');
}

/** A fenced code block: its info string (`console`, `yaml`, or empty), its text, and the line its fence opens on. */
export type FencedBlock = { info: string; text: string; line: number; fence: string };

/** The fenced code blocks of a Markdown text, fences at any indent (a block inside a list item is indented). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  return [...markdown.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    info: m[2]!,
    text: m[3]!,
    line: markdown.slice(0, m.index).split('\n').length,
    fence: m[0],
  }));
}
