/** @jsxImportSource react */
import { MESSAGE_TYPES, TEMPLATE_TYPES } from "@flexkit/validators";
import fc from "fast-check";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { Chat } from "../../../packages/simulator/src/app/chat.js";
import { ChatModeProvider } from "../../../packages/simulator/src/app/chat-mode/chat-mode.js";

/**
 * The simulator never goes blank: whatever a message holds, the chat is drawn and each message is
 * either drawn or replaced by an error card (property-based, in real Chromium).
 */
const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
);

const KEYS = [
  "type",
  "label",
  "text",
  "data",
  "uri",
  "linkUri",
  "area",
  "x",
  "y",
  "width",
  "height",
  "mode",
  "initial",
  "min",
  "max",
  "displayText",
  "clipboardText",
  "mentionee",
  "userId",
  "productId",
  "emojiId",
  "index",
  "imageUrl",
  "action",
] as const;

/** Objects with the names the views read, holding anything. */
const loose = fc.dictionary(fc.constantFrom(...KEYS), junk, { maxKeys: 6 });
const looseOrJunk = fc.oneof(loose, junk, fc.array(loose, { maxLength: 4 }));

const message = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...MESSAGE_TYPES), junk),
    text: fc.oneof(fc.string(), junk),
    emojis: fc.oneof(fc.array(loose, { maxLength: 4 }), junk),
    substitution: fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), loose), junk),
    packageId: junk,
    stickerId: junk,
    previewImageUrl: junk,
    originalContentUrl: junk,
    duration: fc.oneof(fc.integer(), fc.double(), junk),
    title: junk,
    address: junk,
    latitude: junk,
    longitude: junk,
    couponId: junk,
    baseUrl: junk,
    baseSize: looseOrJunk,
    actions: fc.oneof(fc.array(looseOrJunk, { maxLength: 4 }), junk),
    video: fc.oneof(
      fc.record({ area: looseOrJunk, externalLink: looseOrJunk, originalContentUrl: junk }),
      junk,
    ),
    template: fc.oneof(
      fc.record(
        {
          type: fc.oneof(fc.constantFrom(...TEMPLATE_TYPES), junk),
          text: junk,
          title: junk,
          thumbnailImageUrl: junk,
          imageAspectRatio: junk,
          imageSize: junk,
          defaultAction: looseOrJunk,
          actions: fc.oneof(fc.array(looseOrJunk, { maxLength: 4 }), junk),
          columns: fc.oneof(fc.array(looseOrJunk, { maxLength: 3 }), junk),
        },
        { requiredKeys: ["type"] },
      ),
      junk,
    ),
    quickReply: fc.oneof(
      fc.record({ items: fc.oneof(fc.array(looseOrJunk, { maxLength: 4 }), junk) }),
      junk,
    ),
    sender: looseOrJunk,
  },
  { requiredKeys: ["type"] },
);

/**
 * 300 full chat renders in React's development build, synchronous and CPU-bound (no network,
 * no @babel/standalone): 1.6 s on 2 cores at load average 4, 13-14 s at load average 13-18
 * (about 41 ms a render, the slowest 0.7 s). Vitest's 15 s default was its cost under load, not
 * a hang; it is given room for that.
 */
const RENDERS_UNDER_LOAD = 60_000;

describe("the chat never goes blank", () => {
  it("draws any list of up to five messages, each as a message or an error card", {
    timeout: RENDERS_UNDER_LOAD,
  }, () => {
    const host = document.createElement("div");
    host.style.cssText = "width: 390px; height: 600px;";
    document.body.append(host);
    const root = createRoot(host);
    try {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(message, junk), { minLength: 1, maxLength: 5 }),
          (messages) => {
            flushSync(() =>
              root.render(
                <ChatModeProvider>
                  <Chat payload={messages} />
                </ChatModeProvider>,
              ),
            );
            expect(host.querySelector("[data-chat]")).not.toBeNull();
            expect(host.querySelectorAll("[data-message-row]")).toHaveLength(messages.length);
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      root.unmount();
      host.remove();
    }
  });
});
