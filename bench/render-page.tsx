/** @jsxImportSource react */
import type { FlexBubble, FlexCarousel, FlexContainer } from "@flexkit/validators";
import { render as flexRender } from "flex-render";
import "flex-render/css";
import {
  bubbleMarkup,
  CHAT_FONT_STACK,
  CHAT_WIDTH_VAR,
  carouselMarkup,
  drawFlex,
  drawn,
} from "@flexkit/draw";
import { FlexContainerView } from "@flexkit/draw/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

/**
 * The page bench/render.bench.ts measures in: our renderer and flex-render, bundled together (both
 * minified, React in production mode) and drawn into the same document. One sample is one
 * synchronous stretch from the JSON object to laid-out DOM, into an empty container of the
 * renderer's own:
 * - "flexkit": our renderer as any page would use it, without a framework: the container's markup
 *   is built and drawFlex puts it in and wires its taps and shrink-to-fit (draw.ts);
 * - "flex-render": its HTML string is built and set as the container's innerHTML;
 * - "flexkit in React": what the simulator does, the same drawFlex run by the React view
 *   (FlexContainerView) that a React root renders with flushSync; the root is created once, as
 *   an app has one root and a message is a render into it;
 * - "floor": no renderer, one empty element (FLOOR_HTML), for what the page costs by itself.
 * Reading the container's offsetHeight then makes Chromium compute style and layout. Emptying the
 * container and laying the page out again are not timed.
 */
export type Renderer = "flexkit" | "flex-render" | "flexkit in React" | "floor";

/**
 * The floor: one empty element put in and laid out the same way, no renderer at all. What it
 * costs (parsing, style and layout set-up, the forced layout's walk from the document's root) is
 * in every renderer's time, so the table can show how much of a fixture's time is the page's own
 * and how much is the renderer's.
 */
const FLOOR_HTML = '<div style="height:1px"></div>';

/**
 * Each container is a chat at the iPhone preset: 393 px wide, an inline-size container, and it
 * gives its width to what it draws as the simulator's chat does (CHAT_WIDTH_VAR, units.ts).
 */
const HOST_CSS = `width: 393px; ${CHAT_WIDTH_VAR}: 393px; container-type: inline-size; font-family: ${CHAT_FONT_STACK}; font-size: 16px;`;

function container(): HTMLElement {
  const host = document.createElement("div");
  host.style.cssText = HOST_CSS;
  document.body.append(host);
  return host;
}

const hosts: Record<Renderer, HTMLElement> = {
  flexkit: container(),
  "flex-render": container(),
  "flexkit in React": container(),
  floor: container(),
};
const root = createRoot(hosts["flexkit in React"]);
let stopDrawing: (() => void) | undefined;

function fill(renderer: Renderer, json: unknown): void {
  if (renderer === "flexkit") {
    const container = json as FlexContainer;
    const markup = drawn((drawing) =>
      container.type === "carousel"
        ? carouselMarkup(container as FlexCarousel, drawing)
        : bubbleMarkup(container as FlexBubble, {}, drawing),
    );
    stopDrawing = drawFlex(hosts.flexkit, markup, () => undefined);
  } else if (renderer === "flex-render") {
    hosts["flex-render"].innerHTML = flexRender(json as Parameters<typeof flexRender>[0]);
  } else if (renderer === "floor") {
    hosts.floor.innerHTML = FLOOR_HTML;
  } else {
    flushSync(() => root.render(<FlexContainerView container={json as FlexContainer} />));
  }
}

function empty(renderer: Renderer): void {
  if (renderer === "flexkit in React") {
    flushSync(() => root.render(null));
  } else {
    stopDrawing?.();
    stopDrawing = undefined;
    hosts[renderer].textContent = "";
  }
  void hosts[renderer].offsetHeight;
}

function sample(renderer: Renderer, json: unknown): number {
  const host = hosts[renderer];
  const start = performance.now();
  fill(renderer, json);
  // Reading a layout property makes Chromium compute style and layout now.
  const height = host.offsetHeight;
  const time = performance.now() - start;
  if (height === 0) throw new Error(`${renderer} drew nothing`);
  empty(renderer);
  return time;
}

/**
 * What a React root costs, for the footnote: creating one on a new container and rendering
 * nothing into it. The app pays it once, not per message.
 */
function rootCost(): number {
  const host = container();
  const start = performance.now();
  const extra = createRoot(host);
  flushSync(() => extra.render(null));
  const time = performance.now() - start;
  extra.unmount();
  host.remove();
  return time;
}

/** Lets the page run what the last sample queued (effects, observers, failed image loads). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type Samples = Record<Renderer, number[]>;

/**
 * `warmup` + `runs` rounds; each round samples every renderer, in an order that turns each round,
 * so all get the same warm-up and the same share of whatever else the machine is doing.
 */
async function compare(json: unknown, warmup: number, runs: number): Promise<Samples> {
  const samples: Samples = { flexkit: [], "flex-render": [], "flexkit in React": [], floor: [] };
  const renderers: Renderer[] = ["flexkit", "flex-render", "flexkit in React", "floor"];
  for (let round = 0; round < warmup + runs; round++) {
    const turn = round % renderers.length;
    const order = [...renderers.slice(turn), ...renderers.slice(0, turn)];
    for (const renderer of order) {
      const time = sample(renderer, json);
      if (round >= warmup) samples[renderer].push(time);
      await settle();
    }
  }
  return samples;
}

/** One sample of every container with one renderer (for Vitest's own bench rows). */
function once(renderer: Renderer, all: unknown[]): number {
  let total = 0;
  for (const json of all) total += sample(renderer, json);
  return total;
}

declare global {
  interface Window {
    flexBench: {
      compare: typeof compare;
      once: typeof once;
      rootCost: typeof rootCost;
      isolated: boolean;
    };
  }
}

window.flexBench = { compare, once, rootCost, isolated: window.crossOriginIsolated };
