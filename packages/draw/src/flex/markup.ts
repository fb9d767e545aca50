import type { Placement } from "./layout.js";

/**
 * The Flex renderer writes each bubble as one HTML string, which the browser's parser turns into
 * DOM in one go; drawFlex puts it in the page (draw.ts), and React owns only the element around it (flex-view.ts). Building the same DOM with
 * React elements, or element by element from script, cost about twice as much in Chromium
 * (bench/render.bench.ts). Every value taken from the message's JSON goes through `escapeHtml`
 * (text and attributes) or `cssValue` (inline CSS): a `#m=` link draws a stranger's JSON.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const HTML_SPECIAL = /[&<>"']/g;

/** Text that is safe in element content and in a double-quoted attribute. */
export function escapeHtml(value: string): string {
  HTML_SPECIAL.lastIndex = 0;
  return HTML_SPECIAL.test(value)
    ? value.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] as string)
    : value;
}

/**
 * A CSS value fit to write into a `style` attribute: lengths, percentages, colours, angles,
 * keywords, and the functions that compute them. Anything that could end the declaration (`;`,
 * quotes, braces, escapes) or fetch something (`url(`, `image-set(`) is refused, as the CSS object
 * model refuses a value it cannot parse: the property is then left out.
 */
const CSS_CHARACTERS = /^[-#%.,\w\s()+*/]*$/;
const CSS_FUNCTION = /([-\w]*)\(/g;
const CSS_FUNCTIONS = new Set([
  "calc",
  "min",
  "max",
  "clamp",
  "rgb",
  "rgba",
  "hsl",
  "hsla",
  "var",
  "linear-gradient",
]);

export function cssValue(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== "string" || !CSS_CHARACTERS.test(value)) return undefined;
  if (value.includes("(")) {
    for (const [, name] of value.matchAll(CSS_FUNCTION))
      if (!CSS_FUNCTIONS.has((name as string).toLowerCase())) return undefined;
  }
  return value;
}

/**
 * One value of a list, to write inside a function: cssValue's, with its parentheses balanced and
 * no comma outside them, so that it can neither close the function it is written into nor add a
 * layer after it (`0deg, #000, #fff), var(--x` inside `linear-gradient(…)` would add a layer of
 * whatever --x holds, a video's poster URL in its altContent).
 */
export function cssListItem(value: unknown): string | undefined {
  const css = cssValue(value);
  if (css === undefined) return undefined;
  let depth = 0;
  for (const char of css) {
    if (char === "(") depth++;
    else if (char === ")" && --depth < 0) return undefined;
    else if (char === "," && depth === 0) return undefined;
  }
  return depth === 0 ? css : undefined;
}

/**
 * `background-image` for an image URL from the JSON: the URL as a CSS string, so that nothing in
 * it ends the string or the declaration. Images are backgrounds, not <img> elements: the parser
 * starts fetching an <img> as it builds it, which was a third of the time to draw a bubble
 * (bench/render.bench.ts); a background is fetched when it is first styled.
 */
export function backgroundImage(url: unknown): string {
  const css = cssUrl(url);
  return css === undefined ? "" : `background-image:${css};`;
}

/** `url("…")` for a URL from the JSON, quoted so that nothing in it ends the string; or nothing. */
export function cssUrl(url: unknown): string | undefined {
  if (typeof url !== "string" || url === "") return undefined;
  const quoted = url.replace(/["\\\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `url("${quoted}")`;
}

/** `property:value;`, or nothing when the value is missing or refused by cssValue. */
export function declaration(property: string, value: unknown): string {
  const css = cssValue(value);
  return css === undefined ? "" : `${property}:${css};`;
}

/** ` style="…"` for the declarations, or nothing when there are none. */
export function styleAttribute(declarations: string): string {
  return declarations === "" ? "" : ` style="${escapeHtml(declarations)}"`;
}

/** ` class="…"`, or nothing when there are no classes. */
export function classAttribute(classes: string): string {
  return classes === "" ? "" : ` class="${escapeHtml(classes)}"`;
}

/**
 * What drawing one message collected besides its markup: the actions of its tappable elements
 * (an element's `data-action` is its index here), the altContent of its video heroes (drawn when
 * the user asks for it), and whether any text shrinks to fit (measured once the markup is in the
 * page). See draw.ts.
 */
export class Drawing {
  readonly actions: unknown[] = [];
  readonly videos: { altContent: unknown; placement: Placement | undefined }[] = [];
  shrinks = false;

  /** ` data-action="N"`: the action's index in `actions`, or nothing without an action. */
  action(action: unknown): string {
    if (action === undefined || action === null) return "";
    this.actions.push(action);
    return ` data-action="${this.actions.length - 1}"`;
  }

  /**
   * What makes an element with `action` tappable: a button's role, a tab stop (Enter and Space
   * tap it, as on a button), and the action. Nothing without an action.
   */
  tappable(action: unknown): string {
    const index = this.action(action);
    return index === "" ? "" : ` role="button" tabindex="0"${index}`;
  }
}

/**
 * A JSON value drawn as text: a string as written, a number as React would print it, nothing
 * for null/undefined. Anything else cannot be drawn and says where.
 */
export function textContent(value: unknown, path: string): string {
  if (typeof value === "string") return escapeHtml(value);
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  throw new Error(`${path}: expected a string, got ${JSON.stringify(value)}`);
}
