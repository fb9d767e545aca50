import {
  CHAT_FONT_STACK,
  CHAT_WALLPAPER,
  CHAT_WIDTH_VAR,
  FONT_SCALE_VAR,
  messagesOf,
} from "@flexkit/draw";
import { MessageView, RenderErrorCard } from "@flexkit/draw/react";
import { type RefObject, useLayoutEffect, useRef } from "react";
import { ChatBottom } from "./chat-mode/chat-bottom.js";
import {
  BOT_NAME,
  BotMessageRows,
  LastQuickReply,
  senderOf,
  UserMessageRows,
} from "./chat-mode/conversation.js";
import { ChatOverlays } from "./chat-mode/overlays.js";
import { CHAT_THEMES, type ChatTheme } from "./view-settings.js";

/**
 * Keeps CHAT_WIDTH_VAR on the chat's scrolling area at the width of its content box, the width
 * `cqw` would give. The app changes that width itself (device presets) in the same render that
 * redraws the chat, so the width is read again after every render, before paint: whatever looks
 * at the chat right after such a change (a person, Export PNG, a test) sees the bubbles at their
 * new width, not one frame late. Changes the chat does not render (the window, a pane) reach it
 * through a ResizeObserver. Where the variable is not set, the widths fall back to `cqw`.
 */
function useChatWidth(area: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = area.current;
    // The content box's width, unrounded and without a scrollbar, as the observer reports it
    // (clientWidth is rounded, and the two would take turns at a fractional width).
    if (element !== null) setChatWidth(element, Number.parseFloat(getComputedStyle(element).width));
  });
  useLayoutEffect(() => {
    const element = area.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setChatWidth(element, entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [area]);
}

/** Writes the variable only when it changes, so that an unchanged width restyles nothing. */
function setChatWidth(element: HTMLElement, width: number): void {
  const css = `${width}px`;
  if (element.style.getPropertyValue(CHAT_WIDTH_VAR) !== css) {
    element.style.setProperty(CHAT_WIDTH_VAR, css);
  }
}

/** LINE's chat around the messages: top bar, wallpaper, avatar and name, timestamps, input bar. */
export function Chat({
  payload,
  error,
  theme = "light",
  fontScale = 1,
  showRichMenuAreas = false,
}: {
  payload: unknown;
  error?: string;
  /** The chat chrome's theme; Flex content keeps its own colours (RENDERING.md §5). */
  theme?: ChatTheme;
  /** The user's font-size setting, followed by components with `scaling: true`. */
  fontScale?: number;
  /** Outline a rich menu's areas over its picture too. */
  showRichMenuAreas?: boolean;
}) {
  const messages = error === undefined ? messagesOf(payload) : [];
  const colors = CHAT_THEMES[theme];
  const scrollArea = useRef<HTMLElement>(null);
  useChatWidth(scrollArea);
  return (
    <div
      data-chat=""
      data-theme={theme}
      style={{
        [FONT_SCALE_VAR as string]: String(fontScale),
        // Chat-mode sheets and toasts are drawn over the chat.
        position: "relative",
        display: "flex",
        flexDirection: "column",
        height: "100%",
        background: theme === "light" ? CHAT_WALLPAPER : colors.wallpaper,
        fontFamily: CHAT_FONT_STACK,
        fontSize: 16,
      }}
    >
      <header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 12,
          padding: "10px 14px",
          background: colors.bar,
          borderBottom: `1px solid ${colors.barBorder}`,
        }}
      >
        <span aria-hidden style={{ fontSize: 20, color: colors.barText }}>
          ‹
        </span>
        {/* RENDERING.md §3: the top bar names the bot, from `sender.name` when set. */}
        <strong data-chat-title="" style={{ fontSize: 16, color: colors.barText }}>
          {messages.length === 0 ? BOT_NAME : senderOf(messages[0]).name}
        </strong>
        {/* LINE's search, call and menu icons (RENDERING.md §3); they do nothing here. */}
        <span
          aria-hidden
          style={{
            marginLeft: "auto",
            display: "flex",
            gap: 14,
            fontSize: 18,
            color: colors.barText,
          }}
        >
          <span>⌕</span>
          <span>✆</span>
          <span>≡</span>
        </span>
      </header>
      <main
        ref={scrollArea}
        data-chat-scroll=""
        style={{ flex: 1, overflowY: "auto", containerType: "inline-size", padding: "12px 0" }}
      >
        <div style={{ textAlign: "center", margin: "4px 0 12px" }}>
          <span
            data-date-chip=""
            style={{
              background: colors.chip,
              color: "#ffffff",
              borderRadius: 10,
              padding: "2px 10px",
              fontSize: 12,
            }}
          >
            Today
          </span>
        </div>
        {error !== undefined ? (
          <div style={{ padding: "0 10px" }}>
            <RenderErrorCard reason={error} />
          </div>
        ) : null}
        <BotMessageRows
          messages={messages}
          colors={colors}
          render={(message, after) => <MessageView message={message} after={after} />}
        />
        <UserMessageRows colors={colors} />
      </main>
      <LastQuickReply messages={messages} />
      <ChatBottom
        payload={payload}
        colors={colors}
        scrollArea={scrollArea}
        showRichMenuAreas={showRichMenuAreas}
      />
      <ChatOverlays />
    </div>
  );
}
