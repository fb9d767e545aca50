import { type PathStep, parsePath } from "@flexkit/validators";

/**
 * What the payload is, as far as paths go: a message or a list of them (paths `…`, `[i]…` or
 * the validators' `messages[i]…`), a bare bubble or carousel, or a push/validate body
 * `{to?, messages}` (paths `messages[i]…`; `to` and the like are not drawn).
 */
export type PreviewRoot = "message" | "container" | "body";

/**
 * The element the preview drew for a LINE property path, found by the structure the renderer
 * gives the DOM: message rows (`[data-message-row]`) in order, bubbles (`[data-flex="bubble"]`) in
 * a carousel in order, a bubble's blocks (`[data-flex-block]`), and each box's children in order
 * (the nearest `[data-flex]` elements below it). Undefined when nothing drawn matches.
 */
export function previewElementFor(
  chat: Element,
  path: string | ReadonlyArray<PathStep>,
  kind: PreviewRoot,
): HTMLElement | undefined {
  const steps = typeof path === "string" ? parsePath(path) : [...path];
  // `messages[i]`: the validators' name for the i-th message of a list or a body.
  if (steps[0] === "messages" && kind !== "container") {
    if (typeof steps[1] !== "number") return undefined;
    steps.shift();
  } else if (kind === "body") return undefined;
  const rows = chat.querySelectorAll<HTMLElement>("[data-message-row]");
  let index = 0;
  if (typeof steps[0] === "number") index = steps.shift() as number;
  let current: HTMLElement | undefined = rows[index];
  if (current === undefined) return undefined;
  if (kind !== "container") {
    if (steps[0] !== "contents") return current;
    steps.shift();
  }
  const container = current.querySelector<HTMLElement>(
    '[data-flex="carousel"], [data-flex="bubble"]',
  );
  if (container === null) return current;
  current = container;
  if (container.dataset.flex === "carousel") {
    if (steps[0] !== "contents" || typeof steps[1] !== "number") return current;
    const bubble = flexChildren(container)[steps[1]];
    if (bubble === undefined) return current;
    current = bubble;
    steps.splice(0, 2);
  }
  // Inside a bubble: header/hero/body/footer, then contents[i] step by step.
  const block = steps[0];
  if (typeof block !== "string" || !["header", "hero", "body", "footer"].includes(block))
    return current;
  const blockElement = current.querySelector<HTMLElement>(`[data-flex-block="${block}"]`);
  if (blockElement === null) return current;
  const root = blockElement.querySelector<HTMLElement>("[data-flex]");
  if (root === null) return blockElement;
  current = root;
  steps.shift();
  while (steps[0] === "contents" && typeof steps[1] === "number") {
    const child: HTMLElement | undefined = flexChildren(current)[steps[1]];
    if (child === undefined) break;
    current = child;
    steps.splice(0, 2);
  }
  return current;
}

/** The `[data-flex]` elements directly below `parent` in the Flex tree (wrappers skipped). */
function flexChildren(parent: HTMLElement): HTMLElement[] {
  return [...parent.querySelectorAll<HTMLElement>("[data-flex]")].filter(
    (element) => element.parentElement?.closest("[data-flex]") === parent,
  );
}
