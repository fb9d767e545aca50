import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import type ts from "typescript";

/** What an editor shows when the pointer rests on a name: the type line, the comment, its tags. */
export interface Hover {
  display: string;
  documentation: string;
  tags: Record<string, string>;
}

/**
 * TypeScript's language service (the one VS Code runs) over `files`, with the compiler options
 * of `tsconfig`; `hover(file, needle)` is what it shows at the first `needle` in `file`.
 * `typescript` is passed in, so that a test can use the copy a bot project installed.
 */
export function languageService(
  typescript: typeof ts,
  tsconfig: string,
  files: string[],
): { hover: (file: string, needle: string) => Hover | undefined; dispose: () => void } {
  const parsed = typescript.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...typescript.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(typescript.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (parsed === undefined) throw new Error(`can't read ${tsconfig}`);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => files,
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = typescript.sys.readFile(name);
      return text === undefined ? undefined : typescript.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dirname(tsconfig),
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: (options) => typescript.getDefaultLibFilePath(options),
    fileExists: typescript.sys.fileExists,
    readFile: typescript.sys.readFile,
    readDirectory: typescript.sys.readDirectory,
    directoryExists: typescript.sys.directoryExists,
    getDirectories: typescript.sys.getDirectories,
  };
  const service = typescript.createLanguageService(host, typescript.createDocumentRegistry());
  const text = (parts: ts.SymbolDisplayPart[] | undefined) =>
    typescript.displayPartsToString(parts);
  const hover = (file: string, needle: string): Hover | undefined => {
    const at = readFileSync(file, "utf8").indexOf(needle);
    if (at < 0) throw new Error(`${needle} is not in ${file}`);
    const info = service.getQuickInfoAtPosition(file, at);
    if (info === undefined) return undefined;
    return {
      display: text(info.displayParts),
      documentation: text(info.documentation),
      tags: Object.fromEntries((info.tags ?? []).map((tag) => [tag.name, text(tag.text)])),
    };
  };
  return { hover, dispose: () => service.dispose() };
}

/** Text with each run of white space as one space, to compare a comment with its source. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
