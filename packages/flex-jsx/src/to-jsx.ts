/**
 * JSON → JSX: `toJsx(json)` turns a LINE message, an array of messages or a bare bubble/carousel
 * into the source of a `.flex.tsx` file whose `render()` gives back the same JSON (same keys and
 * values). It lives at `@flexkit/flex-jsx/to-jsx`, apart from the runtime, so bot code that only
 * renders never ships it.
 *
 * Every key of the JSON is written as a prop under its own name except the ones the components
 * take as children (`contents`, `text`, bubble blocks, template columns, imagemap areas), so keys
 * this printer has never heard of still round-trip.
 */

const LINE_WIDTH = 100;

/**
 * Indentation stops growing at 40 columns (20 levels): anything deeper is written at that
 * indentation, so that the source grows linearly with the JSON's depth (1000 nested boxes were
 * 4 MB of spaces). No message written by hand nests that deep, and past it no line fits
 * LINE_WIDTH anyway.
 */
const MAX_INDENT = 40;

/** The indentation one level in from `indent`, up to MAX_INDENT. */
function deeper(indent: string): string {
  return indent.length >= MAX_INDENT ? indent : `${indent}  `;
}

const PACKAGE = "@flexkit/flex-jsx";

export class ToJsxError extends Error {
  readonly path: string;
  constructor(sentence: string, path: string) {
    super(path === "" ? sentence : `${sentence} at ${path}`);
    this.name = "ToJsxError";
    this.path = path;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A JSX child: an element, or an expression/text already printed. */
type Child = Element | { code: string };

interface Element {
  name: string;
  /** The list key of an element in an array literal: JSX's own, never a LINE property. */
  key?: number;
  props: [string, Json | Element][];
  children: Child[];
}

/** Elements this printer made, told apart from JSON objects that happen to look alike. */
const ELEMENTS = new WeakSet<object>();

interface Printer {
  imports: Set<string>;
  /** Names from the rich menu entry point (@flexkit/flex-jsx/rich-menu). */
  richMenuImports: Set<string>;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function childPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/**
 * Props in JSON order, minus the keys the component takes another way. `children` cannot be one:
 * JSX takes it for the element's children, so it could never come back (LINE has no such
 * property). `path` is where `json` sits, for that error.
 */
function propsOf(json: JsonObject, omit: ReadonlyArray<string>, path: string): Element["props"] {
  if (Object.hasOwn(json, "children"))
    throw new ToJsxError(
      "a property named children can't be written as JSX (JSX takes it for an element's children; LINE has no such property)",
      childPath(path, "children"),
    );
  return Object.entries(json)
    .filter(([key]) => key !== "type" && !omit.includes(key))
    .map(([key, value]) => [key, value]);
}

/** The components that come from @flexkit/flex-jsx/rich-menu, not the main entry. */
const RICH_MENU_COMPONENTS = new Set(["RichMenu", "Area"]);

function use(printer: Printer, name: string): string {
  (RICH_MENU_COMPONENTS.has(name) ? printer.richMenuImports : printer.imports).add(name);
  return name;
}

function element(
  printer: Printer,
  name: string,
  props: Element["props"],
  children: Child[] = [],
): Element {
  const node: Element = { name: use(printer, name), props, children };
  ELEMENTS.add(node);
  return node;
}

/**
 * Text that can be written between tags as is: JSX trims whitespace at line ends, turns tabs into
 * spaces, decodes `&entities;` and treats braces and angle brackets as syntax.
 */
const PLAIN_TEXT = /^[^\s{}<>&](?:[^{}<>&\r\n\t\v\f\u2028\u2029]*[^\s{}<>&])?$/;
/** Attribute strings decode `&entities;` too and cannot hold their own quote. */
const PLAIN_ATTRIBUTE = /^[^"&\\\r\n\t\u2028\u2029]*$/;

function textChild(text: string): Child {
  return { code: PLAIN_TEXT.test(text) ? text : `{${JSON.stringify(text)}}` };
}

// ---------------------------------------------------------------------------------------------
// Flex

const BLOCKS = ["header", "hero", "body", "footer"] as const;
const SLOT_NAMES = { header: "Header", hero: "Hero", body: "Body", footer: "Footer" } as const;

const LEAVES: Record<string, string> = {
  image: "Image",
  icon: "Icon",
  button: "Button",
  separator: "Separator",
  filler: "Filler",
};

function expectObject(value: unknown, path: string, what: string): JsonObject {
  if (!isObject(value)) throw new ToJsxError(`expected ${what}, got ${describe(value)}`, path);
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}

function arrayAt(json: JsonObject, key: string, path: string): Json[] {
  const value = json[key];
  if (!Array.isArray(value)) {
    throw new ToJsxError(`expected an array, got ${describe(value)}`, childPath(path, key));
  }
  return value;
}

function flexComponent(printer: Printer, value: Json, path: string): Element {
  const json = expectObject(value, path, "a Flex component object");
  const type = json.type;
  if (typeof type === "string" && Object.hasOwn(LEAVES, type)) {
    return element(printer, LEAVES[type]!, propsOf(json, [], path));
  }
  switch (type) {
    case "box":
      return element(
        printer,
        "Box",
        propsOf(json, ["contents"], path),
        arrayAt(json, "contents", path).map((child, i) =>
          flexComponent(printer, child, `${childPath(path, "contents")}[${i}]`),
        ),
      );
    case "text":
      return text(printer, json, path);
    case "span":
      return span(printer, json, path);
    case "video":
      return element(printer, "Video", [
        ...propsOf(json, ["altContent"], path),
        [
          "altContent",
          flexComponent(printer, json.altContent ?? null, childPath(path, "altContent")),
        ],
      ]);
    case "spacer":
      // Old showcase JSON still has it (RULES.md §5.4); LINE removed it and refuses it.
      throw new ToJsxError(
        `the "spacer" component was removed by LINE; use margin or spacing instead`,
        path,
      );
    default:
      throw new ToJsxError(
        `expected a Flex component type ("box", "text", "span", "image", "video", "icon", "button", "separator", "filler"), got ${JSON.stringify(type)}`,
        path,
      );
  }
}

function text(printer: Printer, json: JsonObject, path: string): Element {
  const contents = json.contents;
  // Spans become children when there are some; `text` then stays a prop (LINE ignores it).
  if (Array.isArray(contents) && contents.length > 0) {
    return element(
      printer,
      "Text",
      propsOf(json, ["contents"], path),
      contents.map((child, i) => {
        const spanPath = `${childPath(path, "contents")}[${i}]`;
        const spanJson = expectObject(child, spanPath, "a span");
        if (spanJson.type !== "span") {
          throw new ToJsxError(
            `a text's contents hold only spans, got ${JSON.stringify(spanJson.type)}`,
            spanPath,
          );
        }
        return span(printer, spanJson, spanPath);
      }),
    );
  }
  return withTextChild(printer, "Text", json, path);
}

function span(printer: Printer, json: JsonObject, path: string): Element {
  return withTextChild(printer, "Span", json, path);
}

/** `text` as the child when it is a string, else everything as props. */
function withTextChild(printer: Printer, name: string, json: JsonObject, path: string): Element {
  if (typeof json.text !== "string") return element(printer, name, propsOf(json, [], path));
  return element(printer, name, propsOf(json, ["text"], path), [textChild(json.text)]);
}

function bubble(printer: Printer, value: Json, path: string): Element {
  const json = expectObject(value, path, "a bubble");
  const children = BLOCKS.filter((block) => json[block] !== undefined).map((block) =>
    element(
      printer,
      SLOT_NAMES[block],
      [],
      [flexComponent(printer, json[block]!, childPath(path, block))],
    ),
  );
  return element(printer, "Bubble", propsOf(json, BLOCKS, path), children);
}

function container(printer: Printer, value: Json, path: string): Element {
  const json = expectObject(value, path, "a Flex container (bubble or carousel)");
  if (json.type === "bubble") return bubble(printer, json, path);
  if (json.type === "carousel") {
    return element(
      printer,
      "Carousel",
      propsOf(json, ["contents"], path),
      arrayAt(json, "contents", path).map((child, i) =>
        bubble(printer, child, `${childPath(path, "contents")}[${i}]`),
      ),
    );
  }
  throw new ToJsxError(
    `expected a Flex container ("bubble" or "carousel"), got type ${JSON.stringify(json.type)}`,
    path,
  );
}

// ---------------------------------------------------------------------------------------------
// Messages

const SIMPLE_MESSAGES: Record<string, string> = {
  sticker: "StickerMessage",
  image: "ImageMessage",
  video: "VideoMessage",
  audio: "AudioMessage",
  location: "LocationMessage",
  coupon: "CouponMessage",
};

const TEMPLATES: Record<string, { name: string; column?: string }> = {
  buttons: { name: "ButtonsTemplate" },
  confirm: { name: "ConfirmTemplate" },
  carousel: { name: "CarouselTemplate", column: "CarouselColumn" },
  image_carousel: { name: "ImageCarouselTemplate", column: "ImageCarouselColumn" },
};

const IMAGEMAP_AREAS: Record<string, string> = {
  uri: "UriArea",
  message: "MessageArea",
  clipboard: "ClipboardArea",
};

function messageElement(printer: Printer, value: Json, path: string): Element {
  const json = expectObject(value, path, "a message object");
  const type = json.type;
  if (typeof type === "string" && Object.hasOwn(SIMPLE_MESSAGES, type)) {
    return element(printer, SIMPLE_MESSAGES[type]!, propsOf(json, [], path));
  }
  switch (type) {
    case "flex":
      return element(printer, "FlexMessage", propsOf(json, ["contents"], path), [
        container(printer, json.contents ?? null, childPath(path, "contents")),
      ]);
    case "text":
      return withTextChild(printer, "TextMessage", json, path);
    case "textV2":
      return withTextChild(printer, "TextV2Message", json, path);
    case "imagemap":
      return element(
        printer,
        "Imagemap",
        propsOf(json, ["actions"], path),
        arrayAt(json, "actions", path).map((area, i) => {
          const areaPath = `${childPath(path, "actions")}[${i}]`;
          const areaJson = expectObject(area, areaPath, "an imagemap action");
          const name =
            typeof areaJson.type === "string" && Object.hasOwn(IMAGEMAP_AREAS, areaJson.type)
              ? IMAGEMAP_AREAS[areaJson.type]
              : undefined;
          if (name === undefined) {
            throw new ToJsxError(
              `an imagemap action is "uri", "message" or "clipboard", got ${JSON.stringify(areaJson.type)}`,
              areaPath,
            );
          }
          return element(printer, name, propsOf(areaJson, [], areaPath));
        }),
      );
    case "template":
      return template(printer, json, path);
    default:
      throw new ToJsxError(
        `expected a message type ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex", "coupon"), got ${JSON.stringify(type)}`,
        path,
      );
  }
}

function template(printer: Printer, json: JsonObject, path: string): Element {
  const templatePath = childPath(path, "template");
  const inner = expectObject(json.template ?? null, templatePath, "a template object");
  const kind =
    typeof inner.type === "string" && Object.hasOwn(TEMPLATES, inner.type)
      ? TEMPLATES[inner.type]
      : undefined;
  if (kind === undefined) {
    throw new ToJsxError(
      `expected a template type ("buttons", "confirm", "carousel", "image_carousel"), got ${JSON.stringify(inner.type)}`,
      templatePath,
    );
  }
  // The template's own keys sit beside the message's (`altText`, `quickReply`, `sender`).
  const props = [
    ...propsOf(json, ["template"], path),
    ...propsOf(inner, ["columns"], templatePath),
  ];
  if (kind.column === undefined) return element(printer, kind.name, props);
  const columnName = kind.column;
  return element(
    printer,
    kind.name,
    props,
    arrayAt(inner, "columns", templatePath).map((column, i) =>
      element(
        printer,
        columnName,
        propsOf(
          expectObject(column, `${childPath(templatePath, "columns")}[${i}]`, "a column"),
          [],
          `${childPath(templatePath, "columns")}[${i}]`,
        ),
      ),
    ),
  );
}

/** RM-2's named sizes, written as `size="large"` when a menu has one. */
const RICH_MENU_SIZE_NAMES: Record<string, string> = {
  "2500x1686": "large",
  "2500x843": "compact",
};

/** A rich menu object (RULES.md §15.1): no `type`, a `size` and `areas`. */
function isRichMenu(json: unknown): json is JsonObject {
  return isObject(json) && json.type === undefined && "size" in json && "areas" in json;
}

/** `<RichMenu>` with an `<Area bounds action>` per area, each prop in the JSON's order. */
function richMenu(printer: Printer, json: JsonObject, path: string): Element {
  const props = propsOf(json, ["areas"], path).map(([key, value]): Element["props"][number] => {
    // propsOf's values are the JSON's own here: no element is made from a menu's props.
    if (key !== "size" || !isObject(value)) return [key, value];
    const size = value as JsonObject;
    const named = RICH_MENU_SIZE_NAMES[`${String(size.width)}x${String(size.height)}`];
    // Only a size of exactly { width, height } in that order prints the same by its name.
    return named !== undefined && Object.keys(size).join() === "width,height"
      ? [key, named]
      : [key, value];
  });
  const areas = arrayAt(json, "areas", path).map((area, i) => {
    const areaPath = `${childPath(path, "areas")}[${i}]`;
    const areaJson = expectObject(area, areaPath, "a rich menu area { bounds, action }");
    return element(printer, "Area", propsOf(areaJson, [], areaPath));
  });
  return element(printer, "RichMenu", props, areas);
}

function root(printer: Printer, json: unknown): Element | Element[] {
  if (isRichMenu(json)) return richMenu(printer, json, "");
  if (Array.isArray(json)) {
    return json.map((message, i) => messageElement(printer, message as Json, `messages[${i}]`));
  }
  if (isObject(json) && (json.type === "bubble" || json.type === "carousel")) {
    return container(printer, json, "");
  }
  return messageElement(printer, json as Json, "");
}

// ---------------------------------------------------------------------------------------------
// Printing

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSON action as a helper call (`uri("https://…", "Open")`), or undefined to keep a literal. */
function actionCall(printer: Printer, value: Json, indent: string): string | undefined {
  if (!isObject(value) || typeof value.type !== "string") return undefined;
  const { type, label, ...rest } = value;
  if (label !== undefined && typeof label !== "string") return undefined;
  const strings = (keys: string[]) => keys.every((key) => typeof rest[key] === "string");
  const only = (keys: string[]) => Object.keys(rest).every((key) => keys.includes(key));
  const call = (name: string, args: (Json | undefined)[], options?: JsonObject): string => {
    const list = [...args];
    const hasOptions = options !== undefined && Object.keys(options).length > 0;
    if (hasOptions) list.push(options);
    while (list.length > 0 && list.at(-1) === undefined) list.pop();
    const printed = list.map((arg) =>
      arg === undefined ? "undefined" : printValue(printer, arg, indent, ""),
    );
    return `${use(printer, name)}(${printed.join(", ")})`;
  };
  const pick = (keys: string[]): JsonObject =>
    Object.fromEntries(Object.entries(rest).filter(([key]) => keys.includes(key)));
  switch (type) {
    case "postback": {
      const options = ["displayText", "text", "inputOption", "fillInText"];
      if (!strings(["data"]) || !only(["data", ...options])) return undefined;
      return call("postback", [rest.data, label], pick(options));
    }
    case "message":
      if (!strings(["text"]) || !only(["text"])) return undefined;
      return call("message", [rest.text, label]);
    case "uri":
      if (!strings(["uri"]) || !only(["uri", "altUri"])) return undefined;
      return call("uri", [rest.uri, label], pick(["altUri"]));
    case "datetimepicker": {
      const options = ["initial", "max", "min"];
      if (!strings(["data", "mode"]) || !only(["data", "mode", ...options])) return undefined;
      return call("datetimePicker", [rest.data, rest.mode, label], pick(options));
    }
    case "camera":
    case "cameraRoll":
    case "location":
      if (label === undefined || !only([])) return undefined;
      return call(type, [label]);
    case "clipboard":
      if (!strings(["clipboardText"]) || !only(["clipboardText"])) return undefined;
      return call("clipboard", [rest.clipboardText, label]);
    case "richmenuswitch":
      if (!strings(["richMenuAliasId", "data"]) || !only(["richMenuAliasId", "data"]))
        return undefined;
      return call("richMenuSwitch", [rest.richMenuAliasId, rest.data, label]);
    default:
      return undefined;
  }
}

const ACTION_KEYS = new Set(["action", "defaultAction"]);

/**
 * A JSON value as a JavaScript expression: on one line when it fits, else one member per line.
 * `key` is the property it sits under, so that actions print as helper calls.
 */
function printValue(printer: Printer, value: Json, indent: string, key: string): string {
  if (ACTION_KEYS.has(key)) {
    const call = actionCall(printer, value, indent);
    if (call !== undefined) return call;
  }
  if (value === null || typeof value !== "object") {
    return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  }
  const inner = deeper(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    // Template `actions` and quick-reply items hold actions too.
    const itemKey = key === "actions" ? "action" : "";
    const items = value.map((item) => printValue(printer, item, inner, itemKey));
    const flat = `[${items.join(", ")}]`;
    if (!flat.includes("\n") && indent.length + flat.length <= LINE_WIDTH - 20) return flat;
    return `[\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const members = entries.map(
    ([name, member]) =>
      `${IDENTIFIER.test(name) ? name : JSON.stringify(name)}: ${printValue(printer, member, inner, name)}`,
  );
  const flat = `{ ${members.join(", ")} }`;
  if (!flat.includes("\n") && indent.length + flat.length <= LINE_WIDTH - 20) return flat;
  return `{\n${members.map((member) => `${inner}${member},`).join("\n")}\n${indent}}`;
}

function isElementNode(value: unknown): value is Element {
  return typeof value === "object" && value !== null && ELEMENTS.has(value);
}

function printProp(
  printer: Printer,
  name: string,
  value: Element["props"][number][1],
  indent: string,
): string {
  if (isElementNode(value)) {
    const lines = printed(printer, value, deeper(indent));
    return `${name}={\n${lines.join("\n")}\n${indent}}`;
  }
  const json = value;
  // Any name but an identifier is written as a quoted key of a spread object: JSON from a link
  // reaches the workbench's compiler through here, and a key like `a={run()} b` must stay data.
  // So is `key`, which JSX takes for the list key: spread, it stays a prop and comes back (LINE
  // has no such property, so the validators then name it, as they do in the JSON).
  if (!IDENTIFIER.test(name) || name === "key")
    return `{...{ ${JSON.stringify(name)}: ${printValue(printer, json, indent, name)} }}`;
  if (json === true) return name;
  if (typeof json === "string" && PLAIN_ATTRIBUTE.test(json)) return `${name}="${json}"`;
  return `${name}={${printValue(printer, json, indent, name)}}`;
}

/**
 * Appends the lines of an element to `lines`: one array for the whole tree, so that each line is
 * written once, not copied into every element around it.
 */
function printElement(printer: Printer, node: Element, indent: string, lines: string[]): void {
  const props = node.props.map(([name, value]) => printProp(printer, name, value, indent));
  // The list key first: a `key` after a spread would make the compilers fall back to createElement.
  if (node.key !== undefined) props.unshift(`key={${node.key}}`);
  const oneLineProps = props.every((prop) => !prop.includes("\n"));
  const open = `${indent}<${node.name}${props.map((prop) => ` ${prop}`).join("")}`;
  const fits = (line: string) => oneLineProps && line.length <= LINE_WIDTH;
  const inner = deeper(indent);
  const propLines = () => props.map((prop) => `${inner}${prop.replaceAll("\n", "\n  ")}`);
  if (node.children.length === 0) {
    const line = `${open} />`;
    if (fits(line)) lines.push(line);
    else lines.push(`${indent}<${node.name}`, ...propLines(), `${indent}/>`);
    return;
  }
  const onlyText = node.children.length === 1 && !isElementNode(node.children[0]);
  if (onlyText) {
    const line = `${open}>${(node.children[0] as { code: string }).code}</${node.name}>`;
    if (fits(line)) {
      lines.push(line);
      return;
    }
  }
  if (fits(`${open}>`)) lines.push(`${open}>`);
  else lines.push(`${indent}<${node.name}`, ...propLines(), `${indent}>`);
  for (const child of node.children) {
    if (isElementNode(child)) printElement(printer, child, inner, lines);
    else lines.push(`${inner}${child.code}`);
  }
  lines.push(`${indent}</${node.name}>`);
}

/** The lines of an element at `indent`. */
function printed(printer: Printer, node: Element, indent: string): string[] {
  const lines: string[] = [];
  printElement(printer, node, indent, lines);
  return lines;
}

/**
 * The `.flex.tsx` source for a message, an array of messages or a bare bubble/carousel. Throws a
 * `ToJsxError` naming the property path when the JSON is not a shape LINE knows.
 */
export function toJsx(json: unknown): string {
  const printer: Printer = { imports: new Set(), richMenuImports: new Set() };
  if (isObject(json) && json.type === undefined && "richMenus" in json)
    return printFile(printer, richMenuSet(printer, json));
  const tree = root(printer, json);
  const body = Array.isArray(tree)
    ? [
        "export default [",
        ...tree.flatMap((node, index) => {
          // Elements in an array literal get a key, as linters expect; JSX keeps it out of props.
          node.key = index;
          const lines = printed(printer, node, "  ");
          lines[lines.length - 1] += ",";
          return lines;
        }),
        "];",
      ]
    : ["export default (", ...printed(printer, tree, "  "), ");"];
  return printFile(printer, body);
}

/**
 * A tab set, `{ richMenus: { alias: menu }, images? }` (the simulator's payload), as a rich menu
 * file: `export const richMenus = { alias: <RichMenu …> }` and its `images` as they are.
 */
function richMenuSet(printer: Printer, json: JsonObject): string[] {
  const extra = Object.keys(json).find((key) => key !== "richMenus" && key !== "images");
  if (extra !== undefined)
    throw new ToJsxError(
      `a rich menu file holds richMenus and images only; ${JSON.stringify(extra)} can't be written beside them`,
      extra,
    );
  const menus = expectObject(json.richMenus, "richMenus", "{ <alias>: <rich menu> }");
  const body = ["export const richMenus = {"];
  for (const [alias, menu] of Object.entries(menus)) {
    const path = childPath("richMenus", alias);
    const node = richMenu(printer, expectObject(menu, path, "a rich menu object"), path);
    const name = IDENTIFIER.test(alias) ? alias : JSON.stringify(alias);
    body.push(`  ${name}: (`, ...printed(printer, node, "    "), "  ),");
  }
  body.push("};");
  if (json.images !== undefined)
    body.push("", `export const images = ${printValue(printer, json.images, "", "images")};`);
  return body;
}

/** The pragma, the imports of what `body` uses, and `body`. */
function printFile(printer: Printer, body: string[]): string {
  const imports = [
    importLine([...printer.imports], PACKAGE),
    importLine([...printer.richMenuImports], `${PACKAGE}/rich-menu`),
  ].filter((line) => line !== "");
  return [`/** @jsxImportSource ${PACKAGE} */`, ...imports, "", ...body, ""].join("\n");
}

function importLine(used: string[], from: string): string {
  if (used.length === 0) return "";
  const names = used.sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
  return `import { ${names.join(", ")} } from "${from}";`.length <= LINE_WIDTH
    ? `import { ${names.join(", ")} } from "${from}";`
    : `import {\n${names.map((name) => `  ${name},`).join("\n")}\n} from "${from}";`;
}
