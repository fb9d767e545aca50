import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { FlexNode, RenderResult } from "@flexkit/flex-jsx";
import { sourceFor } from "@flexkit/flex-jsx";
import { formatIssue, MESSAGE_TYPES, validateMessage, validateMessages } from "@flexkit/validators";
import { defaultServerConditions, type Plugin, type ViteDevServer } from "vite";
import { PREVIEW_PROPS, previewPropsOf } from "../cli/load-module.js";

/**
 * `flexkit dev [dir]`: the simulator over a folder of `*.flex.tsx` files.
 *
 * The files are loaded and rendered here, in the server, through Vite's own SSR module loader
 * (`ssrLoadModule`), and the page receives plain JSON over Vite's WebSocket. Why the server:
 * - Vite compiles the files (oxc, JSX in development mode so every element keeps its
 *   file:line:column) and tracks their imports, so saving a helper module in the folder redraws
 *   the messages that import it.
 * - Compile errors come back as values with their place, never as Vite's overlay or a reload, and
 *   a throwing component is caught here: the page only ever gets data, so it never goes blank.
 * - The JSON and issues come from the same `render()` and validators as `flexkit build`.
 */

/** The meta tag that switches the page into the dev workbench; the page reads the state below. */
export const DEV_META = "flexkit-dev";
/** The custom WebSocket event carrying a fresh {@link DevState} after every change. */
export const DEV_EVENT = "flexkit:dev-state";
/** GET: the current {@link DevState}, for the first paint. */
export const DEV_STATE_PATH = "/__flexkit/dev-state";

export interface DevExport {
  /** `default`, or the name of a named export (a variant). */
  name: string;
  /** The message (or array of messages) it renders to; absent when rendering failed. */
  payload?: unknown;
  /** `error contents.body…: … [RULE] (file.flex.tsx:3:5)`, from the validators. */
  issues: string[];
  /** Why it could not be rendered, with file:line:column when known. */
  error?: string;
}

export interface DevFile {
  /** Relative to the folder, with `/`. */
  file: string;
  /** The file does not compile or throws on import: file:line:column and the reason. */
  error?: string;
  exports: DevExport[];
}

export interface DevState {
  dir: string;
  /** Increases with every rebuild, so the page can drop a stale answer. */
  version: number;
  files: DevFile[];
}

export interface DevPluginOptions {
  /** The folder of message files (absolute or relative to the working directory). */
  dir: string;
}

const MESSAGE_FILE = /\.flex\.[jt]sx$/;
const PRAGMA = /@jsxImportSource\s/;
/** See onFolderChange: longer than the watcher's 50 ms throttle, far below what a person notices. */
const SETTLE_MS = 80;

interface FlexRuntime {
  render(node: FlexNode): RenderResult;
  isElement(value: unknown): boolean;
  BUILTIN: symbol;
  Fragment: symbol;
}

/**
 * The built-ins that render to a whole LINE message: every `…Message`, the four templates and
 * <Imagemap>. Not <Bubble> or <Carousel>: exported alone, those are parts for a message to
 * compose.
 */
const MESSAGE_BUILTIN = /^(?:\w+Message|\w+Template|Imagemap)$/;

/** How deep producesMessage follows components that return components. */
const COMPONENT_DEPTH = 32;

/**
 * True when a node renders to a message or a list of them: an element whose root is a message
 * built-in, through the function components that return it (called as render() would call them;
 * components are pure functions of their props), or a non-empty array of such elements.
 */
function producesMessage(runtime: FlexRuntime, node: unknown, depth = 0): boolean {
  if (Array.isArray(node))
    return node.length > 0 && node.every((item) => producesMessage(runtime, item, depth));
  if (!runtime.isElement(node) || depth > COMPONENT_DEPTH) return false;
  const { type, props } = node as { type: unknown; props: { children?: unknown } };
  if (type === runtime.Fragment) return producesMessage(runtime, props.children, depth);
  if (typeof type !== "function") return false;
  const spec = (type as unknown as Record<symbol, { name: string } | undefined>)[runtime.BUILTIN];
  if (spec !== undefined) return MESSAGE_BUILTIN.test(spec.name);
  return producesMessage(runtime, (type as (props: unknown) => unknown)(props), depth + 1);
}

/**
 * Plain LINE JSON (not JSX) meant as a message: an object whose `type` is a message type, or a
 * list of them. It need not be valid: a variant with a mistake is listed with its issues rather
 * than hidden. A constant of another kind (`{ type: "compact" }`, a number) is no variant.
 */
function isJsonMessage(runtime: FlexRuntime, value: unknown): boolean {
  const isMessageObject = (item: unknown): boolean =>
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    !runtime.isElement(item) &&
    (MESSAGE_TYPES as readonly unknown[]).includes((item as { type?: unknown }).type);
  if (!Array.isArray(value)) return isMessageObject(value);
  return value.length > 0 && value.every(isMessageObject);
}

/** A component's name, as JSX tells components from tags: it starts with a capital letter. */
const COMPONENT_NAME = /^[A-Z]/;

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
      else if (MESSAGE_FILE.test(entry.name)) found.push(path);
    }
  }
  await walk(dir);
  return found.sort();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const line of stack.split("\n").slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match !== null && match[1]!.replace(/^file:\/\//, "").startsWith(dir))
      return `${match[1]!.replace(/^file:\/\//, "")}:${match[2]}:${match[3]}`;
  }
  return undefined;
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
    const issues = result.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
    return { name, payload, issues };
  }

  /** Renders and validates an export; `produce` gives its node (calling a component). */
  function renderExport(runtime: FlexRuntime, name: string, produce: () => unknown): DevExport {
    try {
      const node = produce() as FlexNode;
      let payload: unknown;
      let sources: Record<string, string>;
      if (Array.isArray(node)) {
        payload = [];
        sources = {};
        node.forEach((element, index) => {
          const result = runtime.render(element as FlexNode);
          (payload as unknown[]).push(result.message);
          for (const [path, source] of Object.entries(result.sources))
            sources[path === "" ? `messages[${index}]` : `messages[${index}].${path}`] = source;
        });
      } else {
        const result = runtime.render(node);
        payload = result.message;
        sources = result.sources;
      }
      const result = Array.isArray(payload) ? validateMessages(payload) : validateMessage(payload);
      const issues = result.issues.map((issue) => {
        const source = sourceFor(sources, issue.property);
        return relativeText(
          `${issue.severity} ${formatIssue(issue)}${source === undefined ? "" : ` (${source})`}`,
        );
      });
      return { name, payload, issues };
    } catch (error) {
      return failed(name, error);
    }
  }

  /**
   * Which exports are listed, and how. The default export always: it is the file's message, as
   * `flexkit build` reads it, so its errors must show. A named export only when it produces a
   * message, for a message file also exports helper functions, constants and building blocks
   * (a <Bubble> or a <Text> component for its messages to compose), and those are not variants:
   * - an element, or an array of elements, whose root is a message built-in (MESSAGE_BUILTIN),
   *   looking through the components that return it;
   * - a function (a component) that, called with previewProps, returns one;
   * - plain LINE JSON that validates as a message or a list of messages.
   * What the export is or returns decides, not its name, with one exception: a function that
   * throws when called cannot show what it would return, so it is listed with its error when its
   * name is capitalised (how JSX tells a component) and taken for a helper otherwise.
   */
  function describeExport(
    runtime: FlexRuntime,
    name: string,
    value: unknown,
    props: Record<string, unknown>,
  ): DevExport | undefined {
    const call = () => (typeof value === "function" ? value(props) : value);
    if (name === "default") return renderExport(runtime, name, call);
    if (isJsonMessage(runtime, value)) return jsonExport(name, value);
    let node: unknown;
    try {
      node = call();
      if (!producesMessage(runtime, node)) return undefined;
    } catch (error) {
      return typeof value === "function" && COMPONENT_NAME.test(name)
        ? failed(name, error)
        : undefined;
    }
    return renderExport(runtime, name, () => node);
  }

  async function buildFile(runtime: FlexRuntime, path: string): Promise<DevFile> {
    const file = relative(dir, path).split(sep).join("/");
    let module: Record<string, unknown>;
    try {
      module = await server!.ssrLoadModule(path);
    } catch (error) {
      if (error instanceof Error) server!.ssrFixStacktrace(error);
      return { file, error: describeError(error), exports: [] };
    }
    let props: Record<string, unknown>;
    try {
      // The same check, and the same props, as `flexkit build` and `flexkit push`.
      props = previewPropsOf(module, file);
    } catch (error) {
      return { file, error: messageOf(error), exports: [] };
    }
    const exports: DevExport[] = [];
    const names = Object.keys(module).filter((name) => name !== PREVIEW_PROPS);
    // The default export first, then the variants in the order the file declares them.
    names.sort((a, b) => (a === "default" ? -1 : b === "default" ? 1 : 0));
    for (const name of names) {
      const described = describeExport(runtime, name, module[name], props);
      if (described !== undefined) exports.push(described);
    }
    if (exports.length === 0)
      return {
        file,
        error: `${file}: exports no message; export default a message element or a function returning one`,
        exports,
      };
    return { file, exports };
  }

  async function rebuild(): Promise<void> {
    if (server === undefined) return;
    const runtime = (await server.ssrLoadModule("@flexkit/flex-jsx")) as unknown as FlexRuntime;
    const files: DevFile[] = [];
    for (const path of await listMessageFiles(dir)) files.push(await buildFile(runtime, path));
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
              conditions: ["source", ...defaultServerConditions],
              externalConditions: ["source"],
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
    hotUpdate({ file }) {
      // The page shows the folder's files as data: a change re-renders them here and is pushed
      // over the WebSocket; Vite must not reload the page for it. (Called once per environment.)
      if (!inDir(file)) return;
      if (this.environment.name === "client") onFolderChange();
      return [];
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onListChange = (path: string) => {
        if (inDir(path) && MESSAGE_FILE.test(path)) onFolderChange();
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
