/** @jsxImportSource react */
import { validateFlexContainer } from "@flexkit/validators";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { Chat } from "../../packages/simulator/src/app/chat.js";
import { offlineImages } from "./offline-images.js";

/**
 * Every real-world Flex fixture, drawn in the chat frame at iPhone width (393 px). A valid one
 * draws without an error card; one LINE rejects (the removed `spacer`) shows the card in its
 * place. Each is kept as a PNG under test-results/fixtures/ for a person to review.
 */
const fixtures = import.meta.glob<unknown>("../../../shared/fixtures/real-world/flex/**/*.json", {
  eager: true,
  import: "default",
});

let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function nameOf(path: string): string {
  return path.replace(/^.*\/flex\//, "").replace(/\.json$/, "");
}

describe("real-world fixtures", () => {
  it("are all found", () => {
    expect(Object.keys(fixtures).length).toBeGreaterThan(10);
  });

  for (const [path, container] of Object.entries(fixtures)) {
    const name = nameOf(path);
    const valid = validateFlexContainer(container).ok;
    it(`${name} (${valid ? "valid" : "invalid"}) draws ${valid ? "without" : "with"} an error card`, async () => {
      host = document.createElement("div");
      host.style.cssText = "width: 393px;";
      document.body.append(host);
      root = createRoot(host);
      flushSync(() => root!.render(<Chat payload={offlineImages(container)} />));
      const chat = host.querySelector("[data-chat]") as HTMLElement;
      expect(chat.querySelector('[data-flex="bubble"]')).not.toBeNull();
      expect(chat.querySelectorAll("[data-render-error]").length > 0).toBe(!valid);
      // Flex pictures are backgrounds (draw/src/flex/markup.ts): decoding each URL once puts it
      // in the page's image cache, so the screenshot has them all.
      const pictures = new Set([...chat.querySelectorAll("img")].map((img) => img.src));
      for (const element of chat.querySelectorAll("*"))
        for (const [, url] of getComputedStyle(element).backgroundImage.matchAll(
          /url\("([^"]+)"\)/g,
        ))
          pictures.add(url as string);
      await Promise.all(
        [...pictures].map((url) => {
          const picture = new Image();
          picture.src = url;
          return picture.decode().catch(() => undefined);
        }),
      );
      await page.screenshot({
        element: chat,
        path: `../../test-results/fixtures/${name.replaceAll("/", "--")}.png`,
      });
    });
  }
});
