import { type FlexNode, render } from "@flexkit/flex-jsx";
import { toJsx } from "@flexkit/flex-jsx/to-jsx";
import { bench, describe, expect } from "vitest";
import { compileWithTypeScript } from "../test/flex-jsx/compile.js";
import { twelveBubbles } from "./real-world.js";

/**
 * `npm run bench`: rendering a 12-bubble carousel written as JSX against building the same
 * object with a literal. Target: render at most 3× the literal's time (issue #3).
 *
 * The bubbles come from the shared real-world fixtures (the valid java showcase files). The JSX
 * is toJsx's source for that carousel, compiled by TypeScript, wrapped in a function so that each
 * iteration runs the jsx() calls and render(), as bot code does per message. The literal is the
 * same JSON written as one object literal in a function body, so each call builds it afresh.
 */
const bubbles = twelveBubbles();

const message = {
  type: "flex",
  altText: "12 bubbles",
  contents: { type: "carousel", contents: bubbles },
};

const source = toJsx(message).replace("export default (", "export default () => (");
const jsxMessage = compileWithTypeScript(source) as () => FlexNode;
const literalMessage = new Function(`return ${JSON.stringify(message)};`) as () => unknown;

// Both sides build the same JSON, or the comparison means nothing.
expect(bubbles).toHaveLength(12);
expect(render(jsxMessage()).message).toStrictEqual(literalMessage());

// Warm up long enough for the JIT to settle on both sides before sampling.
const options = { time: 2_000, warmupTime: 1_000 };

describe("12-bubble carousel", () => {
  bench(
    "object literal",
    () => {
      literalMessage();
    },
    options,
  );
  bench(
    "JSX + render()",
    () => {
      render(jsxMessage());
    },
    options,
  );
});
