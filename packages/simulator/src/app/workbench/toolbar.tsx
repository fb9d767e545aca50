import { useCallback, useState } from "react";
import { copyText } from "../copy-text.js";
import { messagesOf } from "./message-body.js";
import { jsxLink, messageLink } from "./share.js";
import { STARTERS, type StarterKind } from "./starters.js";
import { NOT_RUN, pretty, type Tab } from "./workbench-state.js";

export const BUTTON = {
  font: "inherit",
  fontSize: 12,
  padding: "3px 8px",
  cursor: "pointer",
} as const;

/**
 * The row of buttons over the workbench's editor (the tabs, Undo/Redo, New, the Gallery, Share,
 * the copies and the download of the message), and the link Share made under it. What the
 * buttons have to say (copied, refused, nothing to copy) goes to `onNotice`.
 */
export function Toolbar({
  tab,
  onTab,
  onUndo,
  onRedo,
  onNew,
  galleryOpen,
  onGallery,
  payload,
  waiting,
  jsxText,
  onNotice,
}: {
  tab: Tab;
  onTab: (tab: Tab) => void;
  /** Undo or Redo in the editor of the open tab. */
  onUndo: () => void;
  onRedo: () => void;
  /** A starter was picked from New. */
  onNew: (message: unknown) => void;
  galleryOpen: boolean;
  onGallery: () => void;
  /** The message to share, copy or download; undefined when there is none. */
  payload: unknown;
  /** There is no message because the code from a link has not run. */
  waiting: boolean;
  jsxText: string;
  onNotice: (text: string | undefined) => void;
}) {
  const [shareLink, setShareLink] = useState<string | undefined>();

  const copy = useCallback(
    async (text: string, what: string) => {
      onNotice(
        (await copyText(text)) ? `Copied ${what}.` : `The browser did not allow copying ${what}.`,
      );
    },
    [onNotice],
  );

  const share = useCallback(() => {
    const link = tab === "jsx" ? jsxLink(jsxText) : messageLink(payload);
    setShareLink(link);
    void copy(link, "the link");
  }, [tab, jsxText, payload, copy]);

  /** The message to copy or download, or undefined after saying why there is none. */
  const heldPayload = useCallback((): unknown => {
    if (payload === undefined)
      onNotice(waiting ? NOT_RUN : "There is no message to copy: the link could not be read.");
    return payload;
  }, [payload, waiting, onNotice]);

  const download = useCallback(() => {
    if (heldPayload() === undefined) return;
    const url = URL.createObjectURL(new Blob([pretty(payload)], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = "message.json";
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [payload, heldPayload]);

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      data-tab={id}
      aria-pressed={tab === id}
      onClick={() => onTab(id)}
      style={{ ...BUTTON, fontWeight: tab === id ? 700 : 400 }}
    >
      {label}
    </button>
  );

  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4, alignItems: "center" }}>
        {tabButton("json", "JSON")}
        {tabButton("jsx", "JSX")}
        {tabButton("tree", "Tree")}
        <span style={{ width: 8 }} />
        <button type="button" data-action="undo" style={BUTTON} onClick={onUndo}>
          Undo
        </button>
        <button type="button" data-action="redo" style={BUTTON} onClick={onRedo}>
          Redo
        </button>
        <select
          data-action="new"
          value=""
          style={BUTTON}
          onChange={(event) => {
            const kind = event.target.value as StarterKind;
            if (kind in STARTERS) onNew(STARTERS[kind]);
          }}
        >
          <option value="">New…</option>
          {(Object.keys(STARTERS) as StarterKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {kind[0]!.toUpperCase() + kind.slice(1)}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-action="gallery"
          aria-expanded={galleryOpen}
          style={BUTTON}
          onClick={onGallery}
        >
          Gallery
        </button>
        <button type="button" data-action="share" style={BUTTON} onClick={share}>
          Share
        </button>
        <button
          type="button"
          data-action="copy-json"
          style={BUTTON}
          onClick={() => {
            if (heldPayload() !== undefined) void copy(JSON.stringify(payload), "compact JSON");
          }}
        >
          Copy JSON
        </button>
        <button
          type="button"
          data-action="copy-pretty"
          style={BUTTON}
          onClick={() => {
            if (heldPayload() !== undefined) void copy(pretty(payload), "pretty JSON");
          }}
        >
          Copy pretty
        </button>
        <button
          type="button"
          data-action="copy-jsx"
          style={BUTTON}
          onClick={() =>
            void (async () => {
              const { toJsx } = await import("@flexkit/flex-jsx/to-jsx");
              try {
                await copy(tab === "jsx" ? jsxText : toJsx(messagesOf(payload)), "JSX");
              } catch (error) {
                onNotice(
                  `Can't write this as JSX: ${error instanceof Error ? error.message : error}`,
                );
              }
            })()
          }
        >
          Copy JSX
        </button>
        <button type="button" data-action="download" style={BUTTON} onClick={download}>
          Download .json
        </button>
      </div>
      {shareLink !== undefined ? (
        <input
          data-share-link=""
          readOnly
          value={shareLink}
          onFocus={(event) => event.target.select()}
          style={{ width: "100%", boxSizing: "border-box", fontSize: 11 }}
        />
      ) : null}
    </>
  );
}
