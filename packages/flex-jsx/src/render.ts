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

/** The API a built-in's render() gets: one object per element, methods shared on the prototype. */
class ElementApi implements RenderApi {
  constructor(
    private readonly walker: Walker,
    readonly path: string,
    private readonly source: SourceLocation | undefined,
  ) {}

  error(sentence: string): FlexRenderError {
    return new FlexRenderError(sentence, this.path, this.source);
  }

  children(
    children: FlexNode,
    parent: Parent,
    childPath: (index: number, child: unknown) => string,
  ): Rendered[] {
    const nodes = flatten(children, []);
    const rendered: Rendered[] = new Array(nodes.length);
    for (let index = 0; index < nodes.length; index++) {
      const child = nodes[index];
      const path = childPath(index, child);
      const json = renderChild(this.walker, child, parent, path, this.source);
      rendered[index] = { name: this.walker.lastName, json, path };
    }
    return rendered;
  }

  list(children: FlexNode, parent: Parent, key: string): unknown[] {
    const nodes = flatten(children, []);
    const prefix = this.path === "" ? key : `${this.path}.${key}`;
    const json: unknown[] = new Array(nodes.length);
    for (let index = 0; index < nodes.length; index++) {
      json[index] = renderChild(
        this.walker,
        nodes[index],
        parent,
        `${prefix}[${index}]`,
        this.source,
      );
    }
    return json;
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

function renderElement(
  walker: Walker,
  element: FlexElement,
  parent: Parent | undefined,
  path: string,
  nearestSource: SourceLocation | undefined,
): unknown {
  const source = element.source ?? nearestSource;
  const spec = builtinOf(element.type);
  if (spec !== undefined) {
    if (spec.placement !== undefined) {
      const misplaced = spec.placement(parent, element.props);
      if (misplaced !== undefined) fail(misplaced, path, source);
    }
    if (source !== undefined) walker.sources[path] = formatSource(source)!;
    const json = spec.render(element.props, new ElementApi(walker, path, source));
    walker.lastName = spec.name;
    return json;
  }
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
  return renderChild(walker, nodes[0], parent, path, source);
}

function renderChild(
  walker: Walker,
  node: unknown,
  parent: Parent | undefined,
  path: string,
  nearestSource: SourceLocation | undefined,
): unknown {
  if (isElement(node)) return renderElement(walker, node, parent, path, nearestSource);
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
  const message = renderChild(walker, nodes[0], undefined, "", undefined);
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
