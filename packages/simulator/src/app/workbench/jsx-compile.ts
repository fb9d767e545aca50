import * as flexJsx from "@flexkit/flex-jsx";
import * as jsxDevRuntime from "@flexkit/flex-jsx/jsx-dev-runtime";
import * as jsxRuntime from "@flexkit/flex-jsx/jsx-runtime";
import {
  isRichMenuModule,
  MessageFileError,
  renderMessageFile,
  renderRichMenuFile,
  richMenuSources,
} from "@flexkit/flex-jsx/message-file";
import * as richMenu from "@flexkit/flex-jsx/rich-menu";

export type CompileResult =
  | { ok: true; message: unknown; sources: Record<string, string> }
  | { ok: false; error: string; line?: number; column?: number };

/** The only modules a message file may import in the page. */
const MODULES: Record<string, unknown> = {
  "@flexkit/flex-jsx": flexJsx,
  "@flexkit/flex-jsx/jsx-runtime": jsxRuntime,
  "@flexkit/flex-jsx/jsx-dev-runtime": jsxDevRuntime,
  "@flexkit/flex-jsx/rich-menu": richMenu,
};

export const JSX_FILE = "message.flex.tsx";

type Babel = typeof import("@babel/standalone");
let babel: Promise<Babel> | undefined;

/**
 * @babel/standalone is large: it is loaded the first time JSX is compiled, not with the page, as
 * its prebuilt minified bundle (3 MB) in a base64 data URL, and run here.
 *
 * Imported as a module instead, Vite pre-bundled its 5 MB unminified build, and each dev server
 * (the simulator's, Vitest's browser runner's) ran every request for it through its transforms
 * with an 8 MB source map; the first compile took 8 to 18 s on a loaded 2-core machine. Its text
 * as a module (`?raw`) skips the pre-bundling, but Vitest's runner still maps such text word by
 * word, a 7.7 MB source map and seconds of work. A data URL is one opaque string to every
 * transform; decoding it here takes a few hundred milliseconds.
 */
function loadBabel(): Promise<Babel> {
  babel ??= import("@babel/standalone/babel.min.js?url&inline").then(({ default: dataUrl }) => {
    // The bundle is UMD: given `exports` and `module`, it fills them and sets no global.
    const module = { exports: {} as Babel };
    // Its closing `//# sourceMappingURL=babel.min.js.map` would send DevTools after a file the
    // page does not serve: cut it.
    const source = textOfDataUrl(dataUrl).replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n");
    new Function("exports", "module", source)(module.exports, module);
    return module.exports;
  });
  return babel;
}

/** The UTF-8 text of a base64 data URL (a plain loop: `Uint8Array.from` with a map is 10× slower). */
function textOfDataUrl(dataUrl: string): string {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new TextDecoder().decode(bytes);
}

interface Located {
  loc?: { line: number; column: number };
  message: string;
}

/**
 * Compiles a `.flex.tsx` source the way `flexkit build` does (TypeScript stripped, the automatic
 * runtime from @flexkit/flex-jsx in development mode so issues know file:line:column), runs it
 * with only the flex-jsx modules importable, and renders it as every tool renders a message file
 * (@flexkit/flex-jsx/message-file): its default export, a function called with the file's
 * previewProps; an array's sources under `messages[i]`, as the validators name its messages.
 */
export async function compileJsx(source: string): Promise<CompileResult> {
  let Babel: Babel;
  try {
    Babel = await loadBabel();
  } catch (error) {
    // A failed load (the dev server restarted, the network dropped) is not kept: the next
    // compile tries again.
    babel = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The JSX compiler did not load (${reason}); edit to try again.` };
  }
  let code: string;
  try {
    code =
      Babel.transform(source, {
        filename: JSX_FILE,
        sourceType: "module",
        presets: [["typescript", { isTSX: true, allExtensions: true }]],
        plugins: [
          [
            "transform-react-jsx-development",
            { runtime: "automatic", importSource: "@flexkit/flex-jsx" },
          ],
          "transform-modules-commonjs",
        ],
      }).code ?? "";
  } catch (error) {
    const { loc, message } = error as Located;
    // Babel's message starts with "file: " and ends with a code frame; keep the sentence.
    const sentence = message
      .replace(/^[^:]*\.flex\.tsx: /, "")
      .split("\n")[0]!
      .replace(/ \(\d+:\d+\)$/, "");
    return loc === undefined
      ? { ok: false, error: sentence }
      : { ok: false, error: sentence, line: loc.line, column: loc.column + 1 };
  }
  try {
    const module = { exports: {} as Record<string, unknown> };
    const require = (name: string) => {
      const found = MODULES[name];
      if (found === undefined)
        throw new Error(`only @flexkit/flex-jsx can be imported here, not "${name}"`);
      return found;
    };
    new Function("require", "module", "exports", code)(require, module, module.exports);
    if (isRichMenuModule(module.exports, JSX_FILE)) return richMenuPayload(module.exports);
    const { message, sources } = renderMessageFile(module.exports, JSX_FILE);
    return { ok: true, message, sources };
  } catch (error) {
    // The pane holds one file: its mistakes are said without its name.
    if (error instanceof MessageFileError) return { ok: false, error: error.reason };
    const message = error instanceof Error ? error.message : String(error);
    const where = /message\.flex\.tsx:(\d+):(\d+)/.exec(
      `${message} ${String((error as { source?: unknown }).source ?? "")}`,
    );
    if (where === null) return { ok: false, error: message };
    // The place is said once, as line and column, by whoever shows the error.
    const sentence = message.replace(/ \(\/?message\.flex\.tsx:\d+:\d+\)$/, "");
    return { ok: false, error: sentence, line: Number(where[1]), column: Number(where[2]) };
  }
}

/**
 * A rich menu file as the payload the chat draws: a lone menu as its object (with its image,
 * `{ richMenus, images }`), a tab set as `{ richMenus, images? }`, sources named as the
 * validators name its issues.
 */
function richMenuPayload(exports: Record<string, unknown>): CompileResult {
  const rendered = renderRichMenuFile(exports, JSX_FILE);
  const hasImages = Object.keys(rendered.images).length > 0;
  if (rendered.lone && !hasImages) {
    const [alias] = Object.keys(rendered.richMenus);
    return {
      ok: true,
      message: rendered.richMenus[alias!],
      sources: richMenuSources(rendered, alias!),
    };
  }
  const message = hasImages
    ? { richMenus: rendered.richMenus, images: rendered.images }
    : { richMenus: rendered.richMenus };
  return { ok: true, message, sources: rendered.sources };
}

/** `file:line:column` → the offset in `source`, for selecting the JSX an issue came from. */
export function offsetOfSource(source: string, where: string): number | undefined {
  const match = /:(\d+):(\d+)$/.exec(where);
  if (match === null) return undefined;
  const lines = source.split("\n");
  const line = Number(match[1]);
  if (line < 1 || line > lines.length) return undefined;
  let offset = 0;
  for (let index = 0; index < line - 1; index++) offset += lines[index]!.length + 1;
  return offset + Math.max(0, Number(match[2]) - 1);
}
