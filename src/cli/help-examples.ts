/**
 * An Examples block for a command's help, after its options (np's cli shows
 * the same): `.addHelpText('after', examples([...]))`. Each: what to type,
 * and what it does.
 */
export function examples(list: readonly (readonly [line: string, what: string])[]): string {
  return `\nExamples:\n${list.map(([line, what]) => `  # ${what}\n  $ ${line}`).join('\n')}\n`;
}

/**
 * The last line of a command's help: its page of the manual, one page per
 * command, named after it (docs/commands/check.md).
 */
export function manualPointer(command: string): string {
  return `Manual: docs/commands/${command}.md`;
}
