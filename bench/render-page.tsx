/** @jsxImportSource react */
import type { FlexContainer } from "@flexkit/validators";
import { render as flexRender } from "flex-render";
import "flex-render/css";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { FlexContainerView } from "../packages/simulator/src/render/message.js";
import { CHAT_FONT_STACK } from "../packages/simulator/src/render/pixels.js";

/**
 * The page bench/render.bench.ts measures in: our renderer and flex-render, bundled together (both
 * minified, React in production mode) and drawn into the same document. Each renderer has one
 * container in the page, as a chat has: flex-render a div it sets innerHTML on, ours a div with a
 * React root (an app has one root; a message is a render into it, not a root of its own). One
 * sample is one synchronous stretch from the JSON object to laid-out DOM: the renderer fills its
 * empty container (ours: the root renders the container view with flushSync, every element new;
 * flex-render: its HTML string is built and parsed into the container), and reading the
 * container's offsetHeight makes Chromium compute style and layout. Emptying the container and
 * laying the page out again are not timed.
 */
export type Renderer = "flexkit" | "flex-render";

/** The chat's width at the iPhone preset; the chat is an inline-size container (RENDERING.md §2). */
const HOST_CSS = `width: 393px; container-type: inline-size; font-family: ${CHAT_FONT_STACK}; font-size: 16px;`;

function container(): HTMLElement {
  const host = document.createElement("div");
  host.style.cssText = HOST_CSS;
  document.body.append(host);
  return host;
}

const hosts = { flexkit: container(), "flex-render": container() };
const root = createRoot(hosts.flexkit);

function fill(renderer: Renderer, json: unknown): void {
  if (renderer === "flexkit")
    flushSync(() => root.render(<FlexContainerView container={json as FlexContainer} />));
  else hosts["flex-render"].innerHTML = flexRender(json as Parameters<typeof flexRender>[0]);
}

function empty(renderer: Renderer): void {
  if (renderer === "flexkit") flushSync(() => root.render(null));
  else hosts["flex-render"].textContent = "";
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

export interface Samples {
  flexkit: number[];
  "flex-render": number[];
}

/**
 * `warmup` + `runs` rounds; each round samples both renderers, alternating which goes first, so
 * both get the same warm-up and the same share of whatever else the machine is doing.
 */
async function compare(json: unknown, warmup: number, runs: number): Promise<Samples> {
  const samples: Samples = { flexkit: [], "flex-render": [] };
  for (let round = 0; round < warmup + runs; round++) {
    const order: Renderer[] =
      round % 2 === 0 ? ["flexkit", "flex-render"] : ["flex-render", "flexkit"];
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
