import {
  builtinOf,
  FlexRenderError,
  MISPLACED_SWITCH,
  type Parent,
  type RenderApi,
  type Rendered,
} from "./component.js";
import {
  type FlexElement,
  type FlexNode,
  Fragment,
  flatten,
  formatSource,
  isElement,
  type SourceLocation,
} from "./element.js";
import { childKey } from "./path.js";
import { kindOf, MASK, type Placement } from "./placement.js";

export interface RenderResult<T = unknown> {
  /**
   * The LINE JSON: a message, or what the root renders to alone (a bare bubble, carousel or
   * component); from `renderMessages` (message-file), an array of messages.
   */
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

/**
 * One per rendered child: where it sits, and the API its built-in's render() gets (methods shared
 * on the prototype). A path string is only needed to record a source (jsxDEV), to report an error
 * or when a built-in reads `api.path`, so a child of `list()` keeps its owner, key and index and
 * builds its path on demand: a production render builds almost none. The fields are `declare`d
 * and set once in the constructor: class fields would first define each one as `undefined`.
 */
class ElementApi implements RenderApi {
  declare readonly walker: Walker;
  declare private known: string | undefined;
  declare private readonly owner: ElementApi | undefined;
  declare private readonly key: string;
  declare private readonly index: number;
  /** The nearest JSX location: the element's own, once renderChild has seen it. */
  declare source: SourceLocation | undefined;
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
    this.known ??= `${childKey(this.owner!.path, this.key)}[${this.index}]`;
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
    renderList(children, parent, this, "", childPath, rendered);
    return rendered;
  }

  list(children: FlexNode, parent: Parent, key: string): unknown[] {
    const json: unknown[] = [];
    renderList(children, parent, this, key, undefined, json);
    return json;
  }

  text(children: unknown, name: string): string | undefined {
    // The common case, one string child, is its own text.
    if (typeof children === "string") return children;
    const parts = flatten(children as FlexNode, []);
    for (const part of parts) {
      if (typeof part === "object" || typeof part === "function" || typeof part === "symbol") {
        // An element is named at its own JSX; `String()` would make it "[object Object]".
        const element = isElement(part);
        if (element) this.source = part.source ?? this.source;
        fail(
          `${element ? `<${nameOf(part)}>` : describeNode(part)} can't sit in a <${name}>`,
          this,
          "; only text goes here",
        );
      }
    }
    return parts.length === 0 ? undefined : parts.join("");
  }
}

/**
 * Flattens `node` (arrays, fragments; null, undefined and booleans dropped) and renders each child
 * in document order into `out`, in one pass: no intermediate array of nodes. With `childPath`
 * each child gets that path and `out` gets `Rendered` entries; without, `<owner>.<key>[i]`.
 */
function renderList(
  node: FlexNode,
  parent: Parent,
  owner: ElementApi,
  key: string,
  childPath: ((index: number, child: unknown) => string) | undefined,
  out: unknown[],
): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      renderList(node[index], parent, owner, key, childPath, out);
    }
  } else if (isElement(node) && node.type === Fragment) {
    renderList(
      (node.props as { children?: FlexNode }).children,
      parent,
      owner,
      key,
      childPath,
      out,
    );
  } else if (node !== null && node !== undefined && typeof node !== "boolean") {
    const index = out.length;
    const path = childPath?.(index, node);
    const json = renderChild(
      node,
      parent,
      new ElementApi(owner.walker, path, owner, key, index, owner.source),
    );
    // An indexed store, not push(): push() on these fresh arrays is a builtin call, not inlined.
    out[index] = childPath === undefined ? json : { name: owner.walker.lastName, json, path };
  }
}

/** Sentences end with where the element sits (` at body.contents[1]`), except at the root. */
function fail(sentence: string, place: ElementApi, rest = ""): never {
  const { path } = place;
  throw new FlexRenderError(
    `${sentence}${path === "" ? "" : ` at ${path}`}${rest}`,
    path,
    place.source,
  );
}

/** Anything but a built-in: a function component is called once and its one element rendered. */
function renderComponent(
  element: FlexElement,
  parent: Parent | undefined,
  place: ElementApi,
): unknown {
  const type: unknown = element.type;
  if (typeof type !== "function") {
    return fail(
      `<${String(type)}> is not a flexkit component`,
      place,
      "; import one from @flexkit/flex-jsx",
    );
  }
  const prototype: unknown = type.prototype;
  if (typeof prototype === "object" && prototype !== null && "render" in prototype) {
    return fail(
      `<${nameOf(element)}> is a class component`,
      place,
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
      place,
      "; render data you have already loaded (await it before render())",
    );
  }
  const nodes = flatten(result as FlexNode, []);
  if (nodes.length !== 1) {
    return fail(
      `<${nameOf(element)}> rendered ${nodes.length === 0 ? "nothing" : `${nodes.length} elements`}`,
      place,
      "; a component used here must return exactly one element",
    );
  }
  // The one element sits where the component was written.
  return renderChild(nodes[0], parent, place);
}

/** Renders one child at `place`: an element, or an error saying why anything else can't sit there. */
function renderChild(node: unknown, parent: Parent | undefined, place: ElementApi): unknown {
  if (!isElement(node)) {
    const { path } = place;
    const inside = parent === undefined ? "at the top" : `in ${parent.describe}`;
    throw new FlexRenderError(
      `${describeNode(node)} can't sit ${inside}${path === "" ? "" : ` at ${path}`}; only components go here${typeof node === "string" ? " (wrap text in <Text>)" : ""}`,
      path,
      place.source,
    );
  }
  place.source = node.source ?? place.source;
  const spec = builtinOf(node.type);
  if (spec === undefined) return renderComponent(node, parent, place);
  const placement = spec.placement as Partial<Placement> | undefined;
  // A built-in's placement carries its mask: the parent's kind settles it without a call. Any
  // other placement has no mask (`undefined & n` is 0) and is asked, as is a misplaced element.
  if (placement && !(kindOf(parent) & placement[MASK]!)) {
    const misplaced = spec.placement!(parent, node.props);
    if (misplaced !== undefined) fail(misplaced, place);
  }
  const { walker, source } = place;
  if (source !== undefined) walker.sources[place.path] = formatSource(source)!;
  let json: unknown;
  try {
    json = spec.render(node.props, place);
  } catch (error) {
    // Thrown by this element's own copyProps: its children's are caught in their renderChild.
    if (error === MISPLACED_SWITCH) fail(MISPLACED_SWITCH.message, place);
    throw error;
  }
  walker.lastName = spec.name;
  return json;
}

/**
 * Walks an element tree once, calling each function component once, and returns LINE's JSON with
 * a map from each property path to the JSX that produced it.
 *
 * The message has the type of what the element renders to when its type says so: an element made
 * by calling a built-in, `render(FlexMessage({ altText: "Hi", children: <Bubble>…</Bubble> }))`,
 * gives a `FlexMessage` that `@line/bot-sdk`'s `pushMessage` takes as it is, and a `Bubble({…})`
 * gives a `FlexBubble`, which it refuses. TypeScript types every JSX expression as `JSX.Element`,
 * whatever its tag (microsoft/TypeScript#21699), so `render(<FlexMessage …>)` gives `unknown`:
 * `assertMessage(message)` from @flexkit/validators checks it and narrows it to a `Message`.
 * `render<T>(node)` states `T` without a check, as before.
 */
export function render<Out>(element: FlexElement<unknown, Out>): RenderResult<Out>;
export function render<T = unknown>(node: FlexNode): RenderResult<T>;
export function render(node: FlexNode): RenderResult {
  const walker: Walker = { sources: {}, lastName: "" };
  const nodes = flatten(node, []);
  if (nodes.length !== 1) {
    throw new FlexRenderError(
      `render() expects one root element, got ${nodes.length === 0 ? "nothing" : `${nodes.length} elements`}`,
      "",
      undefined,
    );
  }
  const root = new ElementApi(walker, "", undefined, "", 0, undefined);
  const message = renderChild(nodes[0], undefined, root);
  return { message, sources: walker.sources };
}
