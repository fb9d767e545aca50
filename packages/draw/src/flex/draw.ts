import type { OnAction } from "../taps.js";
import { componentMarkup } from "./component.js";
import { Drawing } from "./markup.js";
import { shrinkAllToFit } from "./shrink-to-fit.js";
import { FLEX_CSS } from "./styles.js";
import { SHOW_ALT_CONTENT, SHOW_VIDEO } from "./video.js";

/** A Flex container drawn as markup, with what the drawing collected (markup.ts). */
export interface Drawn {
  html: string;
  drawing: Drawing;
}

/** Draws as markup; `draw` fills the Drawing as it goes. */
export function drawn(draw: (drawing: Drawing) => string): Drawn {
  const drawing = new Drawing();
  return { html: draw(drawing), drawing };
}

const sheets = new WeakMap<Document, HTMLStyleElement>();

/**
 * Puts the renderer's stylesheet (FLEX_CSS) in the document's head the first time a Flex message
 * is drawn there, and again if something took it out; it stays for every Flex message after.
 */
function ensureStylesheet(document: Document): void {
  const existing = sheets.get(document);
  if (existing?.isConnected === true) return;
  const sheet = existing ?? document.createElement("style");
  sheet.dataset.flexkit = "flex";
  sheet.textContent = FLEX_CSS;
  document.head.append(sheet);
  sheets.set(document, sheet);
}

/**
 * Shows drawn markup in `holder` and makes it work; returns what stops it. Framework-free: the
 * React views (bubble.tsx, carousel.tsx) call it once their element is in the page, and so can
 * any page. The markup goes in with one `innerHTML` (the parser builds attached DOM faster than
 * React would, or than React's `dangerouslySetInnerHTML` on a detached element; bench/
 * render.bench.ts). One click and one key listener on `events` serve every tappable element and
 * video switch inside (event delegation: the markup has no listeners of its own), and texts
 * shrink to fit once drawn. A tap calls `onAction()`'s handler, read at the tap, with the action
 * as written; the innermost tappable element wins, as in LINE, and the tap goes no further.
 */
export function drawFlex(
  holder: HTMLElement,
  { html, drawing }: Drawn,
  onAction: () => OnAction | undefined = () => undefined,
  events: HTMLElement = holder,
): () => void {
  ensureStylesheet(holder.ownerDocument);
  holder.innerHTML = html;
  const stopFitting = drawing.shrinks ? shrinkAllToFit(holder) : undefined;
  // Switches the video or taps the innermost tappable element under `target`; false for neither.
  const act = (target: Element): boolean => {
    const toggle = target.closest("[data-video-toggle]");
    if (toggle !== null && holder.contains(toggle)) {
      switchVideo(toggle.parentElement as HTMLElement, drawing);
      return true;
    }
    const tapped = target.closest<HTMLElement>("[data-action]");
    if (tapped === null || !holder.contains(tapped)) return false;
    onAction()?.(drawing.actions[Number(tapped.dataset.action)], "message");
    return true;
  };
  const onClick = (event: MouseEvent) => {
    if (act(event.target as Element)) event.stopPropagation();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // A <button> taps by itself on Enter and Space (a click); the other tappable elements have a
    // button's role and do as a button would.
    if (event.key !== "Enter" && event.key !== " ") return;
    const target = event.target as HTMLElement;
    if (target.getAttribute("role") !== "button" || !act(target)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  // Nothing to tap and no video to switch: nothing to listen for.
  const listens = drawing.actions.length > 0 || drawing.videos.length > 0;
  if (listens) {
    events.addEventListener("click", onClick);
    events.addEventListener("keydown", onKeyDown);
  }
  return () => {
    stopFitting?.();
    if (!listens) return;
    events.removeEventListener("click", onClick);
    events.removeEventListener("keydown", onKeyDown);
  };
}

/**
 * The video switch: between the poster (the video's background, with its play mark; FLEX_CSS
 * takes both away while the altContent shows) and the altContent, which is drawn the first time
 * it is asked for, before the switch and with the video's place in its box.
 */
function switchVideo(video: HTMLElement, drawing: Drawing): void {
  const toggle = video.lastElementChild as HTMLElement;
  const showAlt = video.dataset.showing !== "altContent";
  let alt = toggle.previousElementSibling as HTMLElement | null;
  if (showAlt && alt === null) {
    const { altContent, placement } = drawing.videos[Number(video.dataset.video)] ?? {};
    toggle.insertAdjacentHTML("beforebegin", componentMarkup(altContent, placement, drawing));
    alt = toggle.previousElementSibling as HTMLElement;
    // Fitted once, as drawn: its observer ends with the markup it watches.
    shrinkAllToFit(video);
  }
  if (alt !== null) alt.hidden = !showAlt;
  video.dataset.showing = showAlt ? "altContent" : "poster";
  const name = showAlt ? SHOW_VIDEO : SHOW_ALT_CONTENT;
  toggle.setAttribute("aria-label", name);
  toggle.title = name;
}
