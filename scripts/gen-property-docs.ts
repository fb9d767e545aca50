import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/**
 * Writes packages/validators/src/property-docs.generated.ts from the JSDoc on the properties of
 * the zod object schemas in packages/validators/src/schemas/*.ts (issue 21: one description per
 * property, where the schema checks it). The comments are read through TypeScript's type checker,
 * not the syntax: a property that comes from a spread (`...offsets`) or from `.extend()` carries
 * the comment of the place it is written. Run it with `npm run docs:gen`; a test fails when the
 * generated file is not what this writes.
 */

/** The repository: above this file, which `npm run docs:gen` runs bundled from a cache folder. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "packages", "validators", "src", "schemas"))) return dir;
  }
  throw new Error(`no packages/validators above ${from}`);
}

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const validatorsSrc = join(repoRoot, "packages", "validators", "src");
const schemasDir = join(validatorsSrc, "schemas");
export const GENERATED_PATH = join(validatorsSrc, "property-docs.generated.ts");

/** What one property's comment says, as the generated table holds it. */
export interface GeneratedDoc {
  description: string;
  default?: string;
  see?: string;
  deprecated?: string;
  rules: string[];
}

/**
 * Table name → key → doc. The name is the schema's export name (`FlexTextSchema`), and for an
 * object written inside it, the path to it: `FlexBubbleSchema.styles`,
 * `MentionSubstitutionSchema.mentionee[0]` (the first member of a union).
 */
export type GeneratedTable = Record<string, Record<string, GeneratedDoc>>;

const RULES_LINE = /^Rules: (.+?)\.?$/m;

function schemaFiles(): string[] {
  return readdirSync(schemasDir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort()
    .map((name) => join(schemasDir, name));
}

function program(files: string[]): ts.Program {
  const configPath = join(repoRoot, "packages", "validators", "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return ts.createProgram(files, { ...parsed.options, noEmit: true, composite: false });
}

/** The shape type of a zod object schema type (`ZodObject<Shape, …>`), or undefined. */
function shapeOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  if (type.getSymbol()?.getName() !== "ZodObject") return undefined;
  const shape = type.getProperty("shape");
  return shape === undefined ? undefined : checker.getTypeOfSymbol(shape);
}

/**
 * The schema a property's schema wraps, for the wrappers a nested object sits in
 * (`.optional()`, `.nullable()`, arrays): `unwrap()` and `element` say what is inside.
 */
function unwrapped(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const unwrap = type.getProperty("unwrap");
  if (unwrap !== undefined) {
    const signature = checker.getTypeOfSymbol(unwrap).getCallSignatures()[0];
    return signature === undefined ? undefined : checker.getReturnTypeOfSignature(signature);
  }
  const element = type.getProperty("element");
  return element === undefined ? undefined : checker.getTypeOfSymbol(element);
}

/**
 * The object shapes a property's schema holds, through its wrappers: one, `""`, for an object;
 * for a union, one per member that is an object, `[i]` after the member's index (the mentionee of
 * a textV2 mention is `{ type: "user", userId }` or `{ type: "all" }`).
 */
function nestedShapes(
  checker: ts.TypeChecker,
  type: ts.Type,
  depth = 0,
): Array<{ suffix: string; shape: ts.Type }> {
  if (depth > 8) return [];
  const shape = shapeOf(checker, type);
  if (shape !== undefined) return [{ suffix: "", shape }];
  const options = type.getProperty("options");
  if (options !== undefined) {
    const tuple = checker.getTypeOfSymbol(options);
    if (!checker.isTupleType(tuple)) return [];
    return checker.getTypeArguments(tuple as ts.TypeReference).flatMap((member, i) =>
      nestedShapes(checker, member, depth + 1)
        .filter((found) => found.suffix === "")
        .map((found) => ({ suffix: `[${i}]`, shape: found.shape })),
    );
  }
  const inner = unwrapped(checker, type);
  return inner === undefined ? [] : nestedShapes(checker, inner, depth + 1);
}

function tagText(tag: ts.JSDocTagInfo): string {
  return ts.displayPartsToString(tag.text).trim();
}

/**
 * The comment's text with each paragraph on one line, as a page shows it (the comment wraps at the
 * source's width); the `Rules:` line stays a line of its own.
 */
function unwrap(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\n\s*(?!Rules: )/g, " "))
    .join("\n\n");
}

function docOf(checker: ts.TypeChecker, property: ts.Symbol): GeneratedDoc | undefined {
  const description = unwrap(
    ts.displayPartsToString(property.getDocumentationComment(checker)).trim(),
  );
  const tags = property.getJsDocTags(checker);
  if (description === "" && tags.length === 0) return undefined;
  const doc: GeneratedDoc = { description, rules: [] };
  const rules = RULES_LINE.exec(description);
  if (rules !== null) doc.rules = rules[1]!.split(/,\s*/).map((rule) => rule.trim());
  for (const tag of tags) {
    if (tag.name === "default") doc.default = tagText(tag);
    else if (tag.name === "see") doc.see = tagText(tag);
    else if (tag.name === "deprecated") doc.deprecated = tagText(tag);
  }
  return doc;
}

/** Every exported object schema of the schema files, with its nested inline object schemas. */
export function readPropertyDocs(): GeneratedTable {
  const files = schemaFiles();
  const prog = program(files);
  const typeChecker = prog.getTypeChecker();
  const exported: Array<{ name: string; shape: ts.Type }> = [];
  for (const file of files) {
    const source = prog.getSourceFile(file);
    if (source === undefined) throw new Error(`not in the program: ${file}`);
    const moduleSymbol = typeChecker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) continue;
    for (const symbol of typeChecker.getExportsOfModule(moduleSymbol)) {
      if (!(symbol.flags & ts.SymbolFlags.Variable)) continue;
      const shape = shapeOf(typeChecker, typeChecker.getTypeOfSymbol(symbol));
      if (shape !== undefined) exported.push({ name: symbol.getName(), shape });
    }
  }
  // A nested object that is an exported schema of its own is described there, once.
  const exportedShapes = new Set(exported.map((entry) => entry.shape));
  const table: GeneratedTable = {};
  const visit = (name: string, shape: ts.Type) => {
    const docs: Record<string, GeneratedDoc> = {};
    for (const property of typeChecker.getPropertiesOfType(shape)) {
      const doc = docOf(typeChecker, property);
      if (doc !== undefined) docs[property.getName()] = doc;
      for (const nested of nestedShapes(typeChecker, typeChecker.getTypeOfSymbol(property))) {
        if (!exportedShapes.has(nested.shape)) {
          visit(`${name}.${property.getName()}${nested.suffix}`, nested.shape);
        }
      }
    }
    table[name] = docs;
  };
  for (const { name, shape } of exported.sort((a, b) => a.name.localeCompare(b.name))) {
    visit(name, shape);
  }
  return table;
}

function quoteKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The generated module's text for a table. */
export function renderPropertyDocs(table: GeneratedTable): string {
  const from = relative(repoRoot, schemasDir).split("\\").join("/");
  const lines = [
    "// Generated by `npm run docs:gen` (scripts/gen-property-docs.ts) from the JSDoc on the",
    `// properties of ${from}/*.ts. Do not edit: change the comment there and run it again.`,
    `import type { PropertyDoc } from "./property-docs.js";`,
    "",
    "export const PROPERTY_DOCS: Readonly<Record<string, Readonly<Record<string, PropertyDoc>>>> = {",
  ];
  for (const name of Object.keys(table).sort()) {
    const docs = table[name]!;
    if (Object.keys(docs).length === 0) {
      lines.push(`  ${quoteKey(name)}: {},`);
      continue;
    }
    lines.push(`  ${quoteKey(name)}: {`);
    for (const key of Object.keys(docs).sort()) {
      const doc = docs[key]!;
      lines.push(`    ${quoteKey(key)}: {`);
      lines.push(`      description: ${JSON.stringify(doc.description)},`);
      if (doc.default !== undefined) lines.push(`      default: ${JSON.stringify(doc.default)},`);
      if (doc.see !== undefined) lines.push(`      see: ${JSON.stringify(doc.see)},`);
      if (doc.deprecated !== undefined)
        lines.push(`      deprecated: ${JSON.stringify(doc.deprecated)},`);
      lines.push(`      rules: ${JSON.stringify(doc.rules)},`);
      lines.push("    },");
    }
    lines.push("  },");
  }
  lines.push("};", "");
  return lines.join("\n");
}

export function generatePropertyDocs(): string {
  return renderPropertyDocs(readPropertyDocs());
}

export const RULE_DOCS_PATH = join(validatorsSrc, "rule-docs.generated.ts");
const RULES_PATH = join(repoRoot, "..", "shared", "spec", "RULES.md");

/** What RULES.md says of one rule ID, as plain text, and the section it is in. */
export interface GeneratedRuleDoc {
  text: string;
  section: string;
  title: string;
}

const RULE_ID = "[A-Z]+(?:-[A-Z0-9]+)+";

/** A RULES.md fragment as plain text: no emphasis, code marks or escaped bars. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\\|/g, "|")
    .replace(/\*\*([^*]*)\*\*/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every rule ID of RULES.md with its text: a table row's cells but its ID, severity and sources
 * (`Property: … · Rule: …` when the table has more than one such column), a bold definition's
 * sentence (`**FLEX-STY-1 (E):** …`, and the numbered items under `**FLEX-VID-1..4 (E)**`) or the
 * title of the heading that names a group of rules (`### 5.5 Value grammars (FLEX-VAL)`).
 */
export function readRuleDocs(markdown: string): Record<string, GeneratedRuleDoc> {
  const docs: Record<string, GeneratedRuleDoc> = {};
  let section = "";
  let title = "";
  let header: string[] = [];
  let range: { stem: string; from: number; to: number } | undefined;
  const cells = (line: string) =>
    line
      .slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  for (const line of markdown.split("\n")) {
    const heading = /^#+ (\d+(?:\.\d+)*)\.? (.*)$/.exec(line);
    if (heading !== null) {
      section = heading[1]!;
      title = plain(heading[2]!.split(" — ")[0]!);
      const named = new RegExp(`\\((${RULE_ID})\\)`).exec(heading[2]!);
      if (named !== null) docs[named[1]!] = { text: title, section, title };
      header = [];
      continue;
    }
    if (line.startsWith("|")) {
      const row = cells(line);
      const id = row[0] ?? "";
      if (!new RegExp(`^${RULE_ID}$`).test(id)) {
        if (!row.every((cell) => /^-+$/.test(cell))) header = row;
        continue;
      }
      const parts = row
        .map((cell, i) => ({ name: header[i] ?? "", cell }))
        .filter(({ name }, i) => i > 0 && !/^(?:Sev|Severity|Source)$/.test(name))
        .filter(({ cell }) => cell !== "" && cell !== "–");
      const text =
        parts.length === 1
          ? plain(parts[0]!.cell)
          : parts.map(({ name, cell }) => `${plain(name)}: ${plain(cell)}`).join(" · ");
      docs[id] = { text, section, title };
      continue;
    }
    header = [];
    // At the start of a line (`**FLEX-STY-1 (E):** …`) or inside one, the sentence in bold
    // (`… **FLEX-IMG-ANIM (E): at most 10 images …** (count …`): the rest of the line is the rule.
    const bold = new RegExp(
      `\\*\\*(${RULE_ID}?)(?:\\.\\.(\\d+))? \\((?:E|W)\\)(?::\\*\\*|\\*\\*:?|:)?(.*)$`,
    ).exec(line);
    if (bold !== null) {
      const [, id, to, rest] = bold as unknown as [string, string, string | undefined, string];
      if (to === undefined) {
        docs[id] = { text: plain(rest), section, title };
        range = undefined;
      } else {
        const stem = id.replace(/\d+$/, "");
        range = { stem, from: Number(id.slice(stem.length)), to: Number(to) };
      }
      continue;
    }
    const item = /^(\d+)\. (.*)$/.exec(line);
    if (range !== undefined && item !== null) {
      const n = range.from + Number(item[1]) - 1;
      if (n <= range.to) docs[`${range.stem}${n}`] = { text: plain(item[2]!), section, title };
      continue;
    }
    if (line.trim() === "") range = undefined;
  }
  return docs;
}

/** The section titles of RULES.md by number, for the rule IDs of SECTION_RULES. */
export function readSectionTitles(markdown: string): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const heading of markdown.matchAll(/^#+ (\d+(?:\.\d+)*)\.? (.*)$/gm))
    titles[heading[1]!] = plain(heading[2]!.split(" — ")[0]!);
  return titles;
}

/** The generated rule-docs module's text from RULES.md's text. */
export function renderRuleDocs(markdown: string): string {
  const docs = readRuleDocs(markdown);
  const lines = [
    "// Generated by `npm run docs:gen` (scripts/gen-property-docs.ts) from the rows of",
    "// shared/spec/RULES.md. Do not edit: change RULES.md and run it again.",
    `import type { RuleDoc } from "./rule-docs.js";`,
    "",
    "export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {",
  ];
  for (const id of Object.keys(docs).sort()) {
    const doc = docs[id]!;
    lines.push(`  ${quoteKey(id)}: {`);
    lines.push(`    text: ${JSON.stringify(doc.text)},`);
    lines.push(`    section: ${JSON.stringify(doc.section)},`);
    lines.push(`    title: ${JSON.stringify(doc.title)},`);
    lines.push("  },");
  }
  lines.push("};", "");
  lines.push("/** RULES.md's section titles by number (for the IDs of SECTION_RULES). */");
  lines.push("export const SECTION_TITLES: Readonly<Record<string, string>> = {");
  for (const [number, sectionTitle] of Object.entries(readSectionTitles(markdown)))
    lines.push(`  ${JSON.stringify(number)}: ${JSON.stringify(sectionTitle)},`);
  lines.push("};", "");
  return lines.join("\n");
}

export function generateRuleDocs(): string {
  return renderRuleDocs(readFileSync(RULES_PATH, "utf8"));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(GENERATED_PATH, generatePropertyDocs());
  const table = readFileSync(GENERATED_PATH, "utf8");
  console.log(`wrote ${relative(repoRoot, GENERATED_PATH)} (${table.length} characters)`);
  writeFileSync(RULE_DOCS_PATH, generateRuleDocs());
  const rules = readFileSync(RULE_DOCS_PATH, "utf8");
  console.log(`wrote ${relative(repoRoot, RULE_DOCS_PATH)} (${rules.length} characters)`);
}
