/**
 * Formats a table as tab-separated text with a header and LF line ends. A field holding a
 * quote, tab or line break is quoted RFC 4180 style (`"` doubled), as Python's csv module and
 * pandas do by default, so every reader gets the exact text back.
 */
export function toTsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const line = (fields: readonly (string | number)[]): string => fields.map(formatField).join("\t");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

function formatField(value: string | number): string {
  const text = String(value);
  return /["\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
