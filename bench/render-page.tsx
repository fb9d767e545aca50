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
 * minified, React in production mode) and drawn into the same document. One sample is one
 * synchronous stretch from the JSON object to laid-out DOM: a fresh host is put in the page, the
 * renderer fills it (ours: a new React root rendered with flushSync; flex-render: its HTML string
 * built and set as innerHTML), and reading the host's offsetHeight forces style and layout.
 * Tearing down is not timed, and the page settles before the next sample.
 */
export type Renderer = "flexkit" | "flex-render";

/** The chat's width at the iPhone preset; the chat is an inline-size container (RENDERING.md §2). */
const HOST_CSS = `width: 393px; container-type: inline-size; font-family: ${CHAT_FONT_STACK}; font-size: 16px;`;

function sample(renderer: Renderer, container: unknown): number {
  const host = document.createElement("div");
  host.style.cssText = HOST_CSS;
  let unmount = () => {};
  const start = performance.now();
  document.body.append(host);
  if (renderer === "flexkit") {
    const root = createRoot(host);
    flushSync(() => root.render(<FlexContainerView container={container as FlexContainer} />));
    unmount = () => root.unmount();
  } else {
    host.innerHTML = flexRender(container as Parameters<typeof flexRender>[0]);
  }
  // Reading a layout property makes Chromium compute style and layout now.
  const height = host.offsetHeight;
  const time = performance.now() - start;
  if (height === 0) throw new Error(`${renderer} drew nothing`);
  unmount();
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
async function compare(container: unknown, warmup: number, runs: number): Promise<Samples> {
  const samples: Samples = { flexkit: [], "flex-render": [] };
  for (let round = 0; round < warmup + runs; round++) {
    const order: Renderer[] =
      round % 2 === 0 ? ["flexkit", "flex-render"] : ["flex-render", "flexkit"];
    for (const renderer of order) {
      const time = sample(renderer, container);
      if (round >= warmup) samples[renderer].push(time);
      await settle();
    }
  }
  return samples;
}

/** One sample of every container with one renderer (for Vitest's own bench rows). */
function once(renderer: Renderer, containers: unknown[]): number {
  let total = 0;
  for (const container of containers) total += sample(renderer, container);
  return total;
}

declare global {
  interface Window {
    flexBench: { compare: typeof compare; once: typeof once; isolated: boolean };
  }
}

window.flexBench = { compare, once, isolated: window.crossOriginIsolated };
