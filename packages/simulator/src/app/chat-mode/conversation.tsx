import {
  CAROUSEL_GUTTER_PX,
  CAROUSEL_INSET_VAR,
  chatWidthCss,
  isCarouselMessage,
  isRecord,
  str,
  USER_BUBBLE_BACKGROUND,
  url,
} from "@flexkit/draw";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { CHAT_THEMES } from "../view-settings.js";
import { useChatMode } from "./chat-mode.js";
import { QuickReplyBar } from "./quick-reply.js";

export type ChatColors = (typeof CHAT_THEMES)[keyof typeof CHAT_THEMES];

/** The bot's name when no message sets `sender.name`. */
export const BOT_NAME = "flexkit bot";

function clock(): string {
  return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** `sender.name` / `sender.iconUrl` replace the bot's name and avatar for that message. */
export function senderOf(message: unknown): { name: string; iconUrl: string | undefined } {
  const sender = isRecord(message) && isRecord(message.sender) ? message.sender : {};
  return { name: str(sender.name) ?? BOT_NAME, iconUrl: url(sender.iconUrl) };
}

/** A bot message row: side padding, the avatar column and the gap before the message. */
const ROW_SIDE_PX = 10;
const AVATAR_PX = 36;
const AVATAR_GAP_PX = 8;
/** Where a bot message starts, from the chat's edge. */
const MESSAGE_START_PX = ROW_SIDE_PX + AVATAR_PX + AVATAR_GAP_PX;
const TIME_GAP_PX = 6;

export function Avatar({ iconUrl }: { iconUrl: string | undefined }) {
  const [failed, setFailed] = useState(false);
  const style = {
    width: AVATAR_PX,
    height: AVATAR_PX,
    borderRadius: "50%",
    background: "#ffffff",
    flex: "none",
    // A carousel's bubbles scroll under the avatar.
    position: "relative",
    zIndex: 1,
  } as const;
  if (iconUrl !== undefined && !failed)
    return (
      <img
        data-avatar={iconUrl}
        src={iconUrl}
        alt=""
        onError={() => setFailed(true)}
        style={{ ...style, objectFit: "cover" }}
      />
    );
  return (
    <div
      data-avatar=""
      aria-hidden
      style={{
        ...style,
        display: "grid",
        placeItems: "center",
        color: "#06c755",
        fontWeight: 700,
        fontSize: 15,
      }}
    >
      f
    </div>
  );
}

/**
 * Bot messages on the left, in order. A run of messages from the same sender shares one avatar
 * and name, on its first message (RENDERING.md §3); a message with another `sender` starts a run.
 *
 * The timestamp sits beside the message, at its foot; where the chat is too narrow for both (a
 * bubble keeps the 80 % rule of RENDERING.md §2), it goes under the message's end instead of off
 * the chat's edge. A carousel spans the chat's whole width and scrolls under the avatar column,
 * starting where other messages start; its timestamp follows its last bubble.
 */
export function BotMessageRows({
  messages,
  colors,
  render,
}: {
  messages: unknown[];
  colors: ChatColors;
  /** Draws one message; `after` goes after a carousel's last bubble. */
  render: (message: unknown, after?: ReactNode) => ReactNode;
}) {
  const time = clock();
  return messages.map((message, index) => {
    const sender = senderOf(message);
    const previous = index > 0 ? senderOf(messages[index - 1]) : undefined;
    const startsRun =
      previous === undefined ||
      previous.name !== sender.name ||
      previous.iconUrl !== sender.iconUrl;
    const carousel = isCarouselMessage(message);
    const stamp = (
      <span
        data-time=""
        style={{
          fontSize: 10,
          color: colors.meta,
          flex: "none",
          // Beside the message; when wrapped under it, at its end.
          marginInlineStart: carousel ? undefined : "auto",
          alignSelf: carousel ? "flex-end" : undefined,
        }}
      >
        {time}
      </span>
    );
    return (
      <div
        // biome-ignore lint/suspicious/noArrayIndexKey: messages are shown in the order given.
        key={index}
        data-message-row=""
        style={{
          display: "flex",
          gap: AVATAR_GAP_PX,
          padding: `0 ${ROW_SIDE_PX}px`,
          marginBottom: 10,
          alignItems: "flex-start",
        }}
      >
        {startsRun ? (
          <Avatar iconUrl={sender.iconUrl} />
        ) : (
          <div style={{ width: AVATAR_PX, flex: "none" }} />
        )}
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            gap: 4,
            minWidth: 0,
            flex: carousel ? 1 : undefined,
          }}
        >
          {startsRun ? (
            <span data-sender-name="" style={{ fontSize: 12, color: colors.meta }}>
              {sender.name}
            </span>
          ) : null}
          {carousel ? (
            <div
              style={{
                // Out to the chat's edges; the carousel's first bubble starts at the column.
                marginInlineStart: -MESSAGE_START_PX,
                marginInlineEnd: -ROW_SIDE_PX,
                [CAROUSEL_INSET_VAR as string]: `${MESSAGE_START_PX - CAROUSEL_GUTTER_PX.outer}px`,
              }}
            >
              {render(message, stamp)}
            </div>
          ) : (
            <div
              style={{
                display: "flex",
                flexWrap: "wrap",
                alignItems: "flex-end",
                columnGap: TIME_GAP_PX,
                rowGap: 2,
              }}
            >
              {render(message)}
              {stamp}
            </div>
          )}
        </div>
      </div>
    );
  });
}

/** What the user posted in chat mode: green bubbles on the right. */
export function UserMessageRows({ colors }: { colors: ChatColors }) {
  const chat = useChatMode();
  const last = useRef<HTMLDivElement>(null);
  const count = chat?.userMessages.length ?? 0;
  // A new message scrolls the chat to it, as the app does.
  useEffect(() => {
    if (count > 0) last.current?.scrollIntoView({ block: "end" });
  }, [count]);
  if (chat === undefined) return null;
  return chat.userMessages.map((message, index) => (
    <div
      key={message.id}
      ref={index === count - 1 ? last : undefined}
      data-user-message-row=""
      style={{
        display: "flex",
        justifyContent: "flex-end",
        alignItems: "flex-end",
        gap: 6,
        padding: "0 10px",
        marginBottom: 10,
      }}
    >
      <span style={{ fontSize: 10, color: colors.meta, flex: "none" }}>
        Read
        <br />
        {message.time}
      </span>
      <div
        data-user-message=""
        style={{
          background: USER_BUBBLE_BACKGROUND,
          color: "#111111",
          borderRadius: 18,
          padding: "8px 12px",
          maxWidth: chatWidthCss(0.7),
          fontSize: 15,
          lineHeight: 1.4,
          whiteSpace: "pre-wrap",
          overflowWrap: "anywhere",
        }}
      >
        {message.text}
      </div>
    </div>
  ));
}

/**
 * Quick reply shows only for the last message, and goes once one of its buttons is tapped or the
 * user has posted anything (RENDERING.md §3).
 */
export function LastQuickReply({ messages }: { messages: unknown[] }) {
  const chat = useChatMode();
  const last = messages.at(-1);
  if (!isRecord(last) || last.quickReply === undefined) return null;
  if (chat !== undefined && (chat.quickReplyDismissed || chat.userMessages.length > 0)) return null;
  return <QuickReplyBar quickReply={last.quickReply} />;
}

/**
 * The input bar: plus, camera, image, the text field, emoji. In chat mode the field is real: what
 * is typed is sent as the user's message, and postback `inputOption` opens the keyboard with
 * `fillInText` or toggles the rich menu (RENDERING.md §4).
 */
export function ChatInputBar({
  colors,
  hasRichMenu = false,
}: {
  colors: ChatColors;
  /** The payload has a rich menu: the menu icon goes back to it (RENDERING.md §6). */
  hasRichMenu?: boolean;
}) {
  const chat = useChatMode();
  const input = useRef<HTMLInputElement>(null);
  const keyboardOpen = chat?.keyboardOpen === true;
  // openKeyboard puts the cursor in the field, as the app raises the keyboard.
  useEffect(() => {
    if (keyboardOpen) input.current?.focus();
  }, [keyboardOpen]);
  const icon = { fontSize: 20, color: colors.fieldText, flex: "none" } as const;
  return (
    <>
      <footer
        data-input-bar=""
        data-keyboard={chat?.keyboardOpen ? "open" : "closed"}
        style={{
          display: "flex",
          alignItems: "center",
          gap: 10,
          padding: "8px 12px",
          background: colors.bar,
          borderTop: `1px solid ${colors.barBorder}`,
        }}
      >
        <span aria-hidden style={{ ...icon, fontSize: 22 }}>
          +
        </span>
        <span aria-hidden style={icon}>
          ◎
        </span>
        <span aria-hidden style={icon}>
          ▣
        </span>
        {chat === undefined ? (
          <div
            style={{
              flex: 1,
              background: colors.field,
              borderRadius: 18,
              padding: "8px 12px",
              color: colors.fieldText,
              fontSize: 14,
            }}
          >
            Aa
          </div>
        ) : (
          <form
            style={{ flex: 1, display: "flex", minWidth: 0 }}
            onSubmit={(event) => {
              event.preventDefault();
              if (chat.draft.trim() !== "") chat.sendText(chat.draft);
            }}
          >
            <input
              data-chat-input=""
              aria-label="Message"
              placeholder="Aa"
              value={chat.draft}
              ref={input}
              onChange={(event) => chat.setDraft(event.currentTarget.value)}
              style={{
                flex: 1,
                minWidth: 0,
                border: chat.keyboardOpen ? "1px solid #06c755" : "1px solid transparent",
                outline: "none",
                background: colors.field,
                borderRadius: 18,
                padding: "8px 12px",
                color: colors.barText,
                fontSize: 14,
                fontFamily: "inherit",
              }}
            />
          </form>
        )}
        <span aria-hidden style={icon}>
          ☺
        </span>
        {chat !== undefined ? (
          <button
            type="button"
            data-show-rich-menu=""
            aria-pressed={hasRichMenu ? false : chat.richMenuOpen === true}
            aria-label="Rich menu"
            onClick={
              hasRichMenu ? chat.showRichMenu : () => chat.setRichMenuOpen(!chat.richMenuOpen)
            }
            style={{
              ...icon,
              border: "none",
              background: "transparent",
              cursor: "pointer",
              padding: 0,
            }}
          >
            ☰
          </button>
        ) : null}
      </footer>
      {/* With no menu in the payload, opening one (the icon, `openRichMenu`) says there is none. */}
      {!hasRichMenu && chat?.richMenuOpen === true ? (
        <div
          data-rich-menu-empty=""
          style={{
            padding: "16px 12px",
            textAlign: "center",
            background: colors.field,
            color: colors.fieldText,
            fontSize: 13,
            borderTop: `1px solid ${colors.barBorder}`,
          }}
        >
          No rich menu here. Open a rich menu object, or {'{ "richMenus": { … } }'}, to try one
          under the chat.
        </div>
      ) : null}
    </>
  );
}
