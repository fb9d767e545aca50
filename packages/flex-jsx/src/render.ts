import {
  builtinOf,
  FlexRenderError,
  type Parent,
  type RenderApi,
  type Rendered,
} from "./component.js";
import {
  type FlexElement,
  type FlexNode,
  Fragment,
  formatSource,
  isElement,
  type SourceLocation,
} from "./element.js";
import { childKey } from "./path.js";

export interface RenderResult<T = unknown> {
  /** The LINE JSON: a message, a bare bubble/carousel, or an array of messages. */
  message: T;
  /** Property path (LINE notation, relative to `message`) → `file:line:column` of its JSX. */
  sources: Record<string, string>;
}

interface Walker {
  sources: Record<string, string>;
  /** The built-in that produced the JSON last returned (read by `children()` for `Rendered`). */
  lastName: string;
}

function describeNode(node: unknown): string {
  if (typeof node === "string")
    return `the text ${JSON.stringify(node.length > 30 ? `${node.slice(0, 27)}…` : node)}`;
  if (typeof node === "number" || typeof node === "bigint") return `the number ${String(node)}`;
  if (typeof node === "function")
    return `the function ${node.name || "(anonymous)"} (not called: write <${node.name || "Component"} /> instead)`;
  if (node instanceof Promise) return "a Promise";
  if (typeof node === "object" && node !== null) {
    let preview: string;
    try {
      preview = JSON.stringify(node) ?? "";
    } catch {
      preview = "";
    }
    // A LINE JSON object dropped into JSX is the common case: name its type.
    return `the plain object ${preview.length > 30 ? `${preview.slice(0, 29)}…` : preview} (objects are not elements: write the component, e.g. <Text>)`;
  }
  return `a value of type ${typeof node}`;
}

function nameOf(element: FlexElement): string {
  const { type } = element;
  if (type === Fragment) return "Fragment";
  return typeof type === "function" ? type.name || "(anonymous component)" : String(type);
}

function flatten(node: FlexNode, out: unknown[]): unknown[] {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) flatten(node[index], out);
  } else if (isElement(node) && node.type === Fragment) {
    flatten((node.props as { children?: FlexNode }).children, out);
  } else if (node !== null && node !== undefined && typeof node !== "boolean") {
    out.push(node);
  }
  return out;
}

/**
 * Where an element sits. A path string is only needed to record a source (jsxDEV), to report an
 * error, or when a built-in reads `api.path`, so a child of `list()` carries its owner, key and
 * index and its path is only built on demand: a production render builds almost none.
 */
function pathOf(
  known: string | undefined,
  owner: ElementApi | undefined,
  key: string,
  index: number,
) {
  return known ?? `${childKey(owner!.path, key)}[${index}]`;
}

/**
 * The API a built-in's render() gets: one object per element, methods shared on the prototype.
 * The fields are `declare`d and set once in the constructor: class field declarations would
 * define each one as `undefined` first, doubling the stores of the walker's one allocation.
 */
class ElementApi implements RenderApi {
  declare private readonly walker: Walker;
  declare private known: string | undefined;
  declare private readonly owner: ElementApi | undefined;
  declare private readonly key: string;
  declare private readonly index: number;
  declare private readonly source: SourceLocation | undefined;
  constructor(
    walker: Walker,
    known: string | undefined,
    owner: ElementApi | undefined,
    key: string,
    index: number,
    source: SourceLocation | undefined,
  ) {
    this.walker = walker;
    this.known = known;
    this.owner = owner;
    this.key = key;
    this.index = index;
    this.source = source;
  }

  get path(): string {
    this.known ??= pathOf(undefined, this.owner, this.key, this.index);
    return this.known;
  }

  error(sentence: string): FlexRenderError {
    return new FlexRenderError(sentence, this.path, this.source);
  }

  children(
    children: FlexNode,
    parent: Parent,
    childPath: (index: number, child: unknown) => string,
  ): Rendered[] {
    const rendered: Rendered[] = [];
    renderList(this.walker, children, parent, this, "", childPath, rendered, this.source);
    return rendered;
  }

  list(children: FlexNode, parent: Parent, key: string): unknown[] {
    const json: unknown[] = [];
    renderList(this.walker, children, parent, this, key, undefined, json, this.source);
    return json;
  }
}

/**
 * Flattens `node` (arrays, fragments; null, undefined and booleans dropped) and renders each child
 * in document order into `out`, in one pass: no intermediate array of nodes. With `childPath`
 * each child gets that path and `out` gets `Rendered` entries; without, `<owner>.<key>[i]`.
 */
function renderList(
  walker: Walker,
  node: FlexNode,
  parent: Parent,
  owner: ElementApi,
  key: string,
  childPath: ((index: number, child: unknown) => string) | undefined,
  out: unknown[],
  source: SourceLocation | undefined,
): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      renderList(walker, node[index], parent, owner, key, childPath, out, source);
    }
  } else if (node !== null && node !== undefined && typeof node !== "boolean") {
    const element = isElement(node);
    if (element && node.type === Fragment) {
      const children = (node.props as { children?: FlexNode }).children;
      renderList(walker, children, parent, owner, key, childPath, out, source);
      return;
    }
    const index = out.length;
    const path = childPath?.(index, node);
    // An element renders straight away; anything else goes to renderChild, which says why not.
    const json = element
      ? renderElement(walker, node, parent, path, owner, key, index, source)
      : renderChild(walker, node, parent, path, owner, key, index, source);
    out.push(childPath === undefined ? json : { name: walker.lastName, json, path });
  }
}

/** Sentences end with where the element sits (` at body.contents[1]`), except at the root. */
function fail(
  sentence: string,
  path: string,
  source: SourceLocation | undefined,
  rest = "",
): never {
  throw new FlexRenderError(`${sentence}${path === "" ? "" : ` at ${path}`}${rest}`, path, source);
}

/** `known`, `owner`, `key` and `index` are the element's place, as `pathOf` reads them. */
function renderElement(
  walker: Walker,
  element: FlexElement,
  parent: Parent | undefined,
  known: string | undefined,
  owner: ElementApi | undefined,
  key: string,
  index: number,
  nearestSource: SourceLocation | undefined,
): unknown {
  const source = element.source ?? nearestSource;
  const spec = builtinOf(element.type);
  if (spec !== undefined) {
    if (spec.placement !== undefined) {
      const misplaced = spec.placement(parent, element.props);
      if (misplaced !== undefined) fail(misplaced, pathOf(known, owner, key, index), source);
    }
    let path = known;
    if (source !== undefined) {
      path = pathOf(known, owner, key, index);
      walker.sources[path] = formatSource(source)!;
    }
    const api = new ElementApi(walker, path, owner, key, index, source);
    const json = spec.render(element.props, api);
    walker.lastName = spec.name;
    return json;
  }
  return renderComponent(walker, element, parent, pathOf(known, owner, key, index), source);
}

/** Anything but a built-in: a function component is called once and its one element rendered. */
function renderComponent(
  walker: Walker,
  element: FlexElement,
  parent: Parent | undefined,
  path: string,
  source: SourceLocation | undefined,
): unknown {
  const type: unknown = element.type;
  if (typeof type !== "function") {
    return fail(
      `<${String(type)}> is not a flexkit component`,
      path,
      source,
      "; import one from @flexkit/flex-jsx",
    );
  }
  const prototype: unknown = type.prototype;
  if (typeof prototype === "object" && prototype !== null && "render" in prototype) {
    return fail(
      `<${nameOf(element)}> is a class component`,
      path,
      source,
      "; flexkit components are plain functions of their props",
    );
  }
  const result: unknown = (type as (props: unknown) => unknown)(element.props);
  if (
    result instanceof Promise ||
    (typeof result === "object" && result !== null && "then" in result)
  ) {
    return fail(
      `<${nameOf(element)}> returned a Promise`,
      path,
      source,
      "; render data you have already loaded (await it before render())",
    );
  }
  const nodes = flatten(result as FlexNode, []);
  if (nodes.length !== 1) {
    return fail(
      `<${nameOf(element)}> rendered ${nodes.length === 0 ? "nothing" : `${nodes.length} elements`}`,
      path,
      source,
      "; a component used here must return exactly one element",
    );
  }
  return renderChild(walker, nodes[0], parent, path, undefined, "", 0, source);
}

function renderChild(
  walker: Walker,
  node: unknown,
  parent: Parent | undefined,
  known: string | undefined,
  owner: ElementApi | undefined,
  key: string,
  index: number,
  nearestSource: SourceLocation | undefined,
): unknown {
  if (isElement(node)) {
    return renderElement(walker, node, parent, known, owner, key, index, nearestSource);
  }
  const path = pathOf(known, owner, key, index);
  const inside = parent === undefined ? "at the top" : `in ${parent.describe}`;
  throw new FlexRenderError(
    `${describeNode(node)} can't sit ${inside}${path === "" ? "" : ` at ${path}`}; only components go here${typeof node === "string" ? " (wrap text in <Text>)" : ""}`,
    path,
    nearestSource,
  );
}

/**
 * Walks an element tree once, calling each function component once, and returns LINE's JSON with
 * a map from each property path to the JSX that produced it.
 */
export function render<T = unknown>(node: FlexNode): RenderResult<T> {
  const walker: Walker = { sources: {}, lastName: "" };
  const nodes = flatten(node, []);
  if (nodes.length !== 1) {
    throw new FlexRenderError(
      `render() expects one root element, got ${nodes.length === 0 ? "nothing" : `${nodes.length} elements`}`,
      "",
      undefined,
    );
  }
  const message = renderChild(walker, nodes[0], undefined, "", undefined, "", 0, undefined);
  return { message: message as T, sources: walker.sources };
}

/** The nearest recorded JSX location for a property path (its own, or its closest ancestor's). */
export function sourceFor(sources: Record<string, string>, property: string): string | undefined {
  let path = property;
  for (;;) {
    const found = sources[path];
    if (found !== undefined) return found;
    if (path === "") return undefined;
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
    path = cut <= 0 ? "" : path.slice(0, cut);
  }
}
