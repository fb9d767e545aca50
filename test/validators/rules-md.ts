/**
 * The E and W rules of RULES.md, by ID, with their severity cell ("E", "W/I", …).
 *
 * How a rule's severity is read:
 * - a table with a "Sev" (or, as in §15, "Severity") column: the row counts when that cell
 *   mentions E or W ("E", "W/I", "E (length) / W (reserved words)"); "I" and "–" rows are facts,
 *   not rules; "E (at deploy)" (§15: checked by the deploy planner, not a validator) counts as E;
 * - a table without one: the §4.1 action table and the §7.3 TPL-CAR-SAME row are requirements
 *   (RULES.md §0: "required / max" means E); the §1.1 ERR-* rows describe LINE's answers and carry
 *   no severity, so they are left out;
 * - bold definitions in the text: `**FLEX-STY-1 (E):**`, `**FLEX-VID-1..4 (E)**`.
 */
export function readRules(markdown: string): Map<string, string> {
  const rules = new Map<string, string>();
  let sevColumn = -1;
  const cells = (line: string) =>
    line
      .slice(1, line.endsWith("|") ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      sevColumn = -1;
      continue;
    }
    const row = cells(line);
    if (row.every((cell) => /^-+$/.test(cell))) continue;
    const id = row[0] ?? "";
    if (!/^[A-Z]+(?:-[A-Z0-9]+)+$/.test(id)) {
      // A header row (or a row without an ID): remember where "Sev" / "Severity" is.
      const header = row.findIndex((cell) => cell === "Sev" || cell === "Severity");
      if (header >= 0) sevColumn = header;
      else if (row.includes("ID")) sevColumn = -1;
      continue;
    }
    if (sevColumn >= 0) {
      const cell = row[sevColumn] ?? "";
      const sev = cell === "E (at deploy)" ? "E" : cell;
      if (/^(?:E|W)\b|\/ ?W\b|\bW\b/.test(sev) && !/^I$|^–$/.test(sev)) rules.set(id, sev);
    } else if (!id.startsWith("ERR-")) {
      rules.set(id, "E");
    }
  }
  for (const match of markdown.matchAll(/\*\*([A-Z]+(?:-[A-Z0-9]+)+?)(?:\.\.(\d+))? \((E|W)\)/g)) {
    const [, id, to, sev] = match as unknown as [string, string, string | undefined, string];
    if (to === undefined) {
      rules.set(id, sev);
      continue;
    }
    // FLEX-VID-1..4
    const stem = id.replace(/\d+$/, "");
    const from = Number(id.slice(stem.length));
    for (let n = from; n <= Number(to); n++) rules.set(`${stem}${n}`, sev);
  }
  return rules;
}

/**
 * Every rule ID RULES.md defines, whatever its severity: the first cell of a table row, a bold
 * definition (`**FLEX-STY-1 (E):**`, with `FLEX-VID-1..4` spelled out) and the ID a section
 * heading gives a group of rules (`### 5.5 Value grammars (FLEX-VAL)`). Source tags such as
 * FLEX-LAYOUT are not IDs.
 */
export function readRuleIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const line of markdown.split("\n")) {
    const row = /^\|\s*([A-Z]+(?:-[A-Z0-9]+)+)\s*\|/.exec(line);
    if (row !== null) ids.add(row[1]!);
    const heading = /^#+ .*?\(([A-Z]+(?:-[A-Z0-9]+)+)\)/.exec(line);
    if (heading !== null) ids.add(heading[1]!);
  }
  for (const match of markdown.matchAll(/\*\*([A-Z]+(?:-[A-Z0-9]+)+?)(?:\.\.(\d+))? \((E|W)\)/g)) {
    const [, id, to] = match as unknown as [string, string, string | undefined];
    if (to === undefined) {
      ids.add(id);
      continue;
    }
    const stem = id.replace(/\d+$/, "");
    for (let n = Number(id.slice(stem.length)); n <= Number(to); n++) ids.add(`${stem}${n}`);
  }
  return ids;
}

/** The numbers of RULES.md's sections, from their headings (`### 3.1 text — …` gives "3.1"). */
export function readSectionNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  for (const heading of markdown.matchAll(/^#+ (\d+(?:\.\d+)*)\.? /gm)) numbers.add(heading[1]!);
  return numbers;
}
