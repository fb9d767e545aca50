import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { FlexNode } from "@flexkit/flex-jsx";
import type * as MessageFile from "@flexkit/flex-jsx/message-file";
import { isMessageFile } from "@flexkit/flex-jsx/message-file";
import { issueLine, validateAny, validateMessage, validateMessages } from "@flexkit/validators";
import { defaultServerConditions, type Plugin, type ViteDevServer } from "vite";
import {
  DEV_EVENT,
  DEV_META,
  DEV_STATE_PATH,
  type DevExport,
  type DevFile,
  type DevState,
} from "../shared/dev-protocol.js";
import { messageOf } from "../shared/error-message.js";
import { placeInStack } from "./stack-place.js";

/**
 * `flexkit dev [dir]`: the simulator over a folder of message files (`*.flex.tsx`, `*.flex.jsx`).
 *
 * The files are loaded and rendered here, in the server, through Vite's own SSR module loader
 * (`ssrLoadModule`), and the page receives plain JSON over Vite's WebSocket. Why the server:
 * - Vite compiles the files (oxc, JSX in development mode so every element keeps its
 *   file:line:column) and tracks their imports, so saving a helper module in the folder redraws
 *   the messages that import it.
 * - Compile errors come back as values with their place, never as Vite's overlay or a reload, and
 *   a throwing component is caught here: the page only ever gets data, so it never goes blank.
 * - The JSON and issues come from the same `render()` and validators as `flexkit build`, and
 *   what a file exports, which exports are messages and the props they get from
 *   @flexkit/flex-jsx/message-file, as every tool reads a message file. It is loaded through Vite
 *   like the files, so that it renders their elements with the runtime they were made by.
 */

export type { DevExport, DevFile, DevState } from "../shared/dev-protocol.js";

export interface DevPluginOptions {
  /** The folder of message files (absolute or relative to the working directory). */
  dir: string;
}

const PRAGMA = /@jsxImportSource\s/;
/** See onFolderChange: longer than the watcher's 50 ms throttle, far below what a person notices. */
const SETTLE_MS = 80;

type MessageFileModule = typeof MessageFile;

async function listMessageFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (isMessageFile(entry.name)) found.push(path);
    }
  }
  await walk(dir);
  return found.sort();
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const PRAGMA_LINE = "/** @jsxImportSource @flexkit/flex-jsx */ ";

interface OxcError {
  message: string;
  codeframe?: string | null;
}

/** oxc's parse errors (a list on Vite's wrapper): the first, placed by its code frame's `[ file:line:col ]`. */
function parseErrorOf(error: unknown): { place?: string; reason: string } | undefined {
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const first = errors[0] as OxcError;
  // oxc puts the code frame in `codeframe` or after the first line of `message`.
  const [head = "", ...rest] = first.message.replace(ANSI, "").split("\n");
  const reason = head.replace(/^\[[A-Z_]+\]\s*/, "").trim();
  const frame = (first.codeframe ?? rest.join("\n")).replace(ANSI, "");
  const match = /\[\s*([^\]\s]+):(\d+):(\d+)\s*\]/.exec(frame);
  if (match === null) return { reason };
  const line = Number(match[2]);
  // The pragma this plugin may add sits on line 1: take its width back off line 1's columns.
  const source = (error as { pluginCode?: string }).pluginCode;
  const shift = line === 1 && source?.startsWith(PRAGMA_LINE) ? PRAGMA_LINE.length : 0;
  return {
    place: `${resolve(match[1]!)}:${line}:${Math.max(1, Number(match[3]) - shift)}`,
    reason,
  };
}

/** Where an error happened in the folder's files: Vite's `loc`, else the first stack frame there. */
function placeOf(error: unknown, dir: string): string | undefined {
  const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
  if (loc?.file !== undefined && loc.line !== undefined)
    return `${loc.file}:${loc.line}:${(loc.column ?? 0) + 1}`;
  return placeInStack(error, (file) => file.startsWith(`${dir}${sep}`));
}

export function devPlugin(options: DevPluginOptions): Plugin {
  const dir = resolve(options.dir);
  const inDir = (id: string) => id.split("?")[0]!.startsWith(`${dir}${sep}`);
  const relativeText = (text: string) => text.replaceAll(`${dir}${sep}`, "");
  let server: ViteDevServer | undefined;
  let state: DevState = { dir, version: 0, files: [] };
  let rebuilding: Promise<void> | undefined;
  let again = false;

  function describeError(error: unknown): string {
    // Vite's compile errors carry a code frame after the first line; the place and reason suffice.
    const parsed = parseErrorOf(error);
    const reason = parsed?.reason ?? messageOf(error).split("\n")[0]!.trim();
    const place = parsed?.place ?? placeOf(error, dir);
    const text = place === undefined || reason.includes(place) ? reason : `${place}: ${reason}`;
    return relativeText(text.replace(/^\[[\w:-]+\]\s*/, ""));
  }

  function failed(name: string, error: unknown): DevExport {
    if (server !== undefined && error instanceof Error) server.ssrFixStacktrace(error);
    return { name, issues: [], error: describeError(error) };
  }

  /** Validates plain LINE JSON exported as it is. */
  function jsonExport(name: string, payload: unknown): DevExport {
    const result = Array.isArray(payload) ? validateMessages(payload) : validateMessage(payload);
    const issues = result.issues.map((issue) => issueLine(issue));
    return { name, payload, issues };
  }

  /** Renders and validates a JSX export. */
  function renderExport(messageFile: MessageFileModule, name: string, node: FlexNode): DevExport {
    try {
      const rendered = messageFile.renderMessages(node);
      const payload = rendered.message;
      const result = Array.isArray(payload) ? validateMessages(payload) : validateMessage(payload);
      const issues = result.issues.map((issue) => relativeText(issueLine(issue, rendered.sources)));
      return { name, payload, issues };
    } catch (error) {
      return failed(name, error);
    }
  }

  /**
   * A rich menu file's menus, as the page draws them: `{ richMenus, images }`, listed under the
   * export that holds them (`default` or `richMenus`). A picture given as a path is served by
   * this server (the folder is in its fs.allow), so the page gets its /@fs/ URL.
   */
  function richMenuExport(
    messageFile: MessageFileModule,
    module: Record<string, unknown>,
    file: string,
    path: string,
  ): DevExport {
    const name = module[messageFile.RICH_MENUS] === undefined ? "default" : messageFile.RICH_MENUS;
    try {
      const rendered = messageFile.renderRichMenuFile(module, file);
      const images: Record<string, string> = {};
      for (const [alias, ref] of Object.entries(rendered.images))
        images[alias] = /^[a-z][a-z0-9+.-]*:/i.test(ref)
          ? ref
          : `/@fs${resolve(dirname(path), ref).split(sep).join("/")}`;
      const result = validateAny({ richMenus: rendered.richMenus });
      const issues = result.issues.map((issue) => relativeText(issueLine(issue, rendered.sources)));
      return { name, payload: { richMenus: rendered.richMenus, images }, issues };
    } catch (error) {
      return failed(name, error);
    }
  }

  async function buildFile(messageFile: MessageFileModule, path: string): Promise<DevFile> {
    const file = relative(dir, path).split(sep).join("/");
    // A file that did not load is loaded afresh: Vite keeps the failure of an import that did not
    // resolve, so the module it was missing, saved since, would not be found.
    if (state.files.some((built) => built.file === file && built.error !== undefined)) {
      const graph = server!.environments.ssr!.moduleGraph;
      for (const stale of graph.getModulesByFile(path) ?? []) graph.invalidateModule(stale);
    }
    let module: Record<string, unknown>;
    try {
      module = await server!.ssrLoadModule(path);
    } catch (error) {
      if (error instanceof Error) server!.ssrFixStacktrace(error);
      return { file, error: describeError(error), exports: [] };
    }
    if (messageFile.isRichMenuModule(module, file))
      return { file, exports: [richMenuExport(messageFile, module, file, path)] };
    let found: MessageFile.MessageExport[];
    try {
      // The default export first, then the variants in the order the file declares them, each
      // function called with the file's previewProps: as `flexkit build` and `push` read it.
      found = messageFile.messageExports(module, file);
    } catch (error) {
      // The file's own mistake (a previewProps that is no object, no message at all).
      return { file, error: messageOf(error), exports: [] };
    }
    const exports = found.map((entry): DevExport => {
      if ("error" in entry) return failed(entry.name, entry.error);
      if ("json" in entry) return jsonExport(entry.name, entry.json);
      return renderExport(messageFile, entry.name, entry.node);
    });
    return { file, exports };
  }

  async function rebuild(): Promise<void> {
    if (server === undefined) return;
    const messageFile = (await server.ssrLoadModule(
      "@flexkit/flex-jsx/message-file",
    )) as unknown as MessageFileModule;
    const files: DevFile[] = [];
    for (const path of await listMessageFiles(dir)) files.push(await buildFile(messageFile, path));
    state = { dir, version: state.version + 1, files };
    server.ws.send({ type: "custom", event: DEV_EVENT, data: state });
  }

  /**
   * A save is often two writes (truncate, then content), and the file watcher drops a second
   * change event within 50 ms of the first (chokidar's throttle), so the rebuild waits until the
   * folder has been quiet a little longer than that and reads the finished file.
   */
  let quiet: ReturnType<typeof setTimeout> | undefined;
  function onFolderChange(): void {
    clearTimeout(quiet);
    quiet = setTimeout(() => void scheduleRebuild(), SETTLE_MS);
  }

  /**
   * Only a message file, a module one imports (the server's module graph holds those once
   * rebuild() has loaded them) or, while a file does not load, a new file (it may be the module
   * it could not find) is a reason to rebuild. Anything else in the folder is not:
   * `flexkit dev . > dev.log` writes into it with every line it prints, and a rebuild for each
   * would print again, forever.
   */
  function isReasonToRebuild(file: string, imported: boolean, change: string): boolean {
    if (isMessageFile(file) || imported) return true;
    return change === "create" && state.files.some((built) => built.error !== undefined);
  }

  /** One rebuild at a time; changes during a rebuild cause exactly one more. */
  function scheduleRebuild(): Promise<void> {
    if (rebuilding !== undefined) {
      again = true;
      return rebuilding;
    }
    rebuilding = (async () => {
      do {
        again = false;
        try {
          await rebuild();
        } catch (error) {
          server?.config.logger.error(`flexkit dev: ${messageOf(error)}`);
        }
      } while (again);
      rebuilding = undefined;
    })();
    return rebuilding;
  }

  return {
    name: "flexkit-dev",
    enforce: "pre",
    config() {
      return {
        server: { fs: { allow: [dir] } },
        // The folder's files are compiled for the server, with the workspace's TypeScript sources.
        environments: {
          ssr: {
            resolve: {
              conditions: ["@flexkit/source", ...defaultServerConditions],
              externalConditions: ["@flexkit/source"],
            },
          },
        },
      };
    },
    async resolveId(source, importer, resolveOptions) {
      // A message folder outside any project still finds the runtime that ships with flexkit.
      if (importer === undefined || !inDir(importer) || !source.startsWith("@flexkit/")) return;
      const own = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      if (own !== null) return own;
      return this.resolve(source, join(import.meta.dirname, "dev-plugin.ts"), {
        ...resolveOptions,
        skipSelf: true,
      });
    },
    transform(code, id) {
      // Message files need not say `@jsxImportSource`: in this folder JSX is always flex-jsx.
      // The pragma goes on the first line, so every line number stays the author's.
      if (!inDir(id) || !/\.[jt]sx$/.test(id.split("?")[0]!) || PRAGMA.test(code)) return;
      return { code: `${PRAGMA_LINE}${code}`, map: null };
    },
    transformIndexHtml() {
      return [{ tag: "meta", attrs: { name: DEV_META, content: "1" }, injectTo: "head" }];
    },
    hotUpdate({ file, modules, type }) {
      // The page shows the folder's files as data: a change re-renders them here and is pushed
      // over the WebSocket; Vite must not reload the page for it. (Called once per environment.)
      if (!inDir(file)) return;
      if (this.environment.name === "ssr" && isReasonToRebuild(file, modules.length > 0, type))
        onFolderChange();
      return [];
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onListChange = (path: string) => {
        if (inDir(path) && isMessageFile(path)) onFolderChange();
      };
      devServer.watcher.on("add", onListChange);
      devServer.watcher.on("unlink", onListChange);
      devServer.middlewares.use((req, res, next) => {
        if ((req.url ?? "").split("?")[0] !== DEV_STATE_PATH) return next();
        const answer = state.version === 0 ? scheduleRebuild() : Promise.resolve();
        void answer.then(() => {
          res.writeHead(200, {
            "content-type": "application/json; charset=utf-8",
            "cache-control": "no-store",
          });
          res.end(JSON.stringify(state));
        });
      });
    },
  };
}
