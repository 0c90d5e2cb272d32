// A strict RFC 4180 reader for checking exports: quoted cells, doubled quotes, CRLF records.
// Deliberately not the library that wrote the file, so the test checks the bytes.
export function parseCsv(text: string): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      if (cell !== "") throw new Error(`Quote inside an unquoted cell at offset ${i}`);
      quoted = true;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && input[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else if (char === "\n" || char === "\r") {
      throw new Error(`Bare line break outside quotes at offset ${i}`);
    } else {
      cell += char;
    }
  }
  if (quoted) throw new Error("Unterminated quoted cell");
  if (cell !== "" || row.length > 0) throw new Error("The last record does not end with CRLF");
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("No header row");
  return rows.map((cells) => {
    if (cells.length !== header.length) throw new Error(`Row has ${cells.length} cells, header has ${header.length}`);
    return Object.fromEntries(header.map((name, index) => [name, cells[index]!]));
  });
}
