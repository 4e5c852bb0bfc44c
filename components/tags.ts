/** Comma-separated tags, each once, in the order typed: the one reading of a tags field in every form. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
