import { type ActionOrigin, isRecord, str } from "@flexkit/draw";
import { ActionContext } from "@flexkit/draw/react";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { copyText } from "../copy-text.js";
import { judgeUri, type UriVerdict } from "./uri-policy.js";
import { postbackEvent, textMessageEvent, type WebhookEvent } from "./webhook-events.js";

/** What the user posted, shown on the right in green. */
export interface UserMessage {
  id: number;
  text: string;
  time: string;
}

/** The small sheets the app would open instead of the chat (RENDERING.md §4). */
export type Sheet =
  | { kind: "picker"; action: Record<string, unknown> }
  | { kind: "uri"; verdict: UriVerdict }
  | { kind: "app"; title: string; detail: string };

export interface ChatModeState {
  userMessages: UserMessage[];
  events: WebhookEvent[];
  toast: string | undefined;
  sheet: Sheet | undefined;
  /** The input bar's text: `fillInText` from openKeyboard, or what the user types. */
  draft: string;
  keyboardOpen: boolean;
  voiceOpen: boolean;
  /** Undefined until the user or an action opens or closes it: the menu's `selected` decides. */
  richMenuOpen: boolean | undefined;
  /** The alias of the rich menu shown, after a `richmenuswitch`; undefined for the first menu. */
  richMenuAlias: string | undefined;
  quickReplyDismissed: boolean;
}

export interface ChatMode extends ChatModeState {
  onAction: (action: unknown, origin?: ActionOrigin) => void;
  /** The user sends a text from the input bar: a user bubble and a message event. */
  sendText: (text: string) => void;
  setDraft: (text: string) => void;
  /** The datetime picker's OK: a postback event with `params`. */
  sendPostback: (data: string, params?: Record<string, string>) => void;
  closeSheet: () => void;
  closeVoice: () => void;
  setRichMenuOpen: (open: boolean) => void;
  /** The input bar's menu icon: back from the keyboard to the rich menu. */
  showRichMenu: () => void;
  /** The chat bar's keyboard icon: from the rich menu to the input bar. */
  showKeyboard: () => void;
  /**
   * A `richmenuswitch` tapped in a rich menu (RULES.md RM-SWITCH-1): the alias's menu replaces the
   * shown one and the bot gets a postback with `newRichMenuAliasId` and `status`; an alias not in
   * the set keeps the menu and sends RICHMENU_ALIAS_ID_NOTFOUND (RM-9).
   */
  switchRichMenu: (action: { data: string; alias: string; known: boolean; label?: string }) => void;
  /** The chat is LINE for PC's, which shows no rich menus (RULES.md RM-SHOW-3). */
  desktop: boolean;
}

const INITIAL: ChatModeState = {
  userMessages: [],
  events: [],
  toast: undefined,
  sheet: undefined,
  draft: "",
  keyboardOpen: false,
  voiceOpen: false,
  richMenuOpen: undefined,
  richMenuAlias: undefined,
  quickReplyDismissed: false,
};

const ChatModeContext = createContext<ChatMode | undefined>(undefined);

/** Chat mode's state, or undefined outside a ChatModeProvider (taps then do nothing). */
export function useChatMode(): ChatMode | undefined {
  return useContext(ChatModeContext);
}

const TOAST_MS = 2500;

function clock(): string {
  return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** What each tool in LINE opens (RENDERING.md §4): the simulator says so instead. */
const APP_SHEETS: Record<string, { title: string; detail: string }> = {
  camera: {
    title: "LINE would open the camera",
    detail: "The photo taken would reach the bot as an image message event.",
  },
  cameraRoll: {
    title: "LINE would open the camera roll",
    detail: "The photo chosen would reach the bot as an image message event.",
  },
  location: {
    title: "LINE would open the location picker",
    detail: "The place chosen would reach the bot as a location message event.",
  },
  richmenuswitch: {
    title: "Rich menu switch",
    detail: "This action works only in rich menus; in a message LINE does nothing.",
  },
};

/**
 * Chat mode: taps behave like the LINE app (RENDERING.md §4). Holds the user's messages, the
 * webhook events the bot would receive, and the sheets, toast and input-bar state around them.
 */
export function ChatModeProvider({
  children,
  resetOn,
  desktop = false,
}: {
  children: ReactNode;
  /** A new value (a new payload) starts the conversation over. */
  resetOn?: unknown;
  /** LINE for PC: uri actions open `altUri.desktop` when it is set (RENDERING.md §4). */
  desktop?: boolean;
}) {
  const [state, setState] = useState<ChatModeState>(INITIAL);
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetOn is the trigger, not an input.
  useEffect(() => setState(INITIAL), [resetOn]);
  const update = useCallback(
    (patch: (s: ChatModeState) => Partial<ChatModeState>) =>
      setState((s) => ({ ...s, ...patch(s) })),
    [],
  );

  useEffect(() => {
    if (state.toast === undefined) return;
    const timer = setTimeout(() => update(() => ({ toast: undefined })), TOAST_MS);
    return () => clearTimeout(timer);
  }, [state.toast, update]);

  const post = useCallback(
    (text: string, event: WebhookEvent | undefined) =>
      update((s) => ({
        userMessages:
          text === ""
            ? s.userMessages
            : [...s.userMessages, { id: s.userMessages.length, text, time: clock() }],
        events: event === undefined ? s.events : [...s.events, event],
      })),
    [update],
  );

  const onAction = useCallback(
    (action: unknown, origin: ActionOrigin = "message") => {
      if (origin === "quickReply") update(() => ({ quickReplyDismissed: true }));
      if (!isRecord(action)) {
        update(() => ({ toast: "This action is not an object: nothing happens" }));
        return;
      }
      const type = str(action.type);
      switch (type) {
        case "message": {
          const text = str(action.text) ?? "";
          post(text, textMessageEvent(text));
          return;
        }
        case "postback": {
          // `text` is LINE's deprecated name for `displayText`.
          const shown = str(action.displayText) ?? str(action.text) ?? "";
          post(shown, postbackEvent(str(action.data) ?? ""));
          const option = str(action.inputOption);
          if (option === "openKeyboard")
            update(() => ({
              keyboardOpen: true,
              voiceOpen: false,
              draft: str(action.fillInText) ?? "",
            }));
          else if (option === "openVoice") update(() => ({ voiceOpen: true, keyboardOpen: false }));
          else if (option === "openRichMenu") update(() => ({ richMenuOpen: true }));
          else if (option === "closeRichMenu") update(() => ({ richMenuOpen: false }));
          return;
        }
        case "datetimepicker":
          update(() => ({ sheet: { kind: "picker", action } }));
          return;
        case "uri": {
          // Imagemap uri actions carry `linkUri` instead of `uri`.
          const altUri = isRecord(action.altUri) ? action.altUri.desktop : undefined;
          const verdict = judgeUri(
            desktop && altUri !== undefined ? altUri : (action.uri ?? action.linkUri),
          );
          if (verdict.kind === "open") {
            window.open(verdict.url, "_blank", "noopener,noreferrer");
            update(() => ({ toast: `Opened ${verdict.url} in a new tab` }));
          } else update(() => ({ sheet: { kind: "uri", verdict } }));
          return;
        }
        case "clipboard": {
          const text = str(action.clipboardText) ?? "";
          void copyText(text).then((copied) =>
            update(() => ({
              toast: copied ? `Copied: ${text}` : "Could not copy: the browser refused",
            })),
          );
          return;
        }
        default: {
          const sheet = type === undefined ? undefined : APP_SHEETS[type];
          if (sheet !== undefined && Object.hasOwn(APP_SHEETS, type!))
            update(() => ({ sheet: { kind: "app", ...sheet } }));
          else
            update(() => ({
              toast: `Unknown action type ${JSON.stringify(action.type)}: nothing happens`,
            }));
        }
      }
    },
    [post, update, desktop],
  );

  const value = useMemo<ChatMode>(
    () => ({
      ...state,
      onAction,
      sendText: (text) => {
        post(text, textMessageEvent(text));
        update(() => ({ draft: "" }));
      },
      setDraft: (draft) => update(() => ({ draft })),
      sendPostback: (data, params) => {
        post("", postbackEvent(data, params));
        update(() => ({ sheet: undefined }));
      },
      closeSheet: () => update(() => ({ sheet: undefined })),
      closeVoice: () => update(() => ({ voiceOpen: false })),
      setRichMenuOpen: (open) => update(() => ({ richMenuOpen: open })),
      showRichMenu: () =>
        update(() => ({ keyboardOpen: false, voiceOpen: false, richMenuOpen: true })),
      showKeyboard: () => update(() => ({ keyboardOpen: true, voiceOpen: false })),
      switchRichMenu: ({ data, alias, known }) => {
        post(
          "",
          postbackEvent(
            data,
            known
              ? { newRichMenuAliasId: alias, status: "SUCCESS" }
              : { status: "RICHMENU_ALIAS_ID_NOTFOUND" },
          ),
        );
        if (known) update(() => ({ richMenuAlias: alias }));
        else update(() => ({ toast: `No rich menu with the alias "${alias}": the menu stays` }));
      },
      desktop,
    }),
    [state, onAction, post, update, desktop],
  );

  return (
    <ChatModeContext.Provider value={value}>
      <ActionContext.Provider value={onAction}>{children}</ActionContext.Provider>
    </ChatModeContext.Provider>
  );
}
