import { useCallback, useState } from "react";
import { copyText } from "../copy-text.js";
import { Button } from "../ui/button.js";
import { Select } from "../ui/select.js";
import { type TabItem, Tabs } from "../ui/tabs.js";
import { messagesOf } from "./message-body.js";
import { jsxLink, messageLink } from "./share.js";
import { STARTERS, type StarterKind } from "./starters.js";
import { NOT_RUN, pretty, type Tab } from "./workbench-state.js";

/** The editor's views, in the order of the tab strip: a new view is one more line here. */
export const EDITOR_TABS: readonly TabItem<Tab>[] = [
  { id: "json", label: "JSON" },
  { id: "jsx", label: "JSX" },
  { id: "tree", label: "Tree" },
];

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

  return (
    <>
      <div className="fk-toolbar" data-toolbar="">
        <Tabs items={EDITOR_TABS} value={tab} onChange={onTab} label="Editor view" />
        <span className="fk-toolbar-group">
          <Button variant="ghost" data-action="undo" title="Undo (Ctrl/Cmd+Z)" onClick={onUndo}>
            Undo
          </Button>
          <Button
            variant="ghost"
            data-action="redo"
            title="Redo (Ctrl/Cmd+Shift+Z)"
            onClick={onRedo}
          >
            Redo
          </Button>
        </span>
        <span className="fk-toolbar-divider" aria-hidden="true" />
        <Select
          data-action="new"
          aria-label="New message"
          value=""
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
        </Select>
        <Button data-action="gallery" aria-expanded={galleryOpen} onClick={onGallery}>
          Gallery
        </Button>
      </div>
      {/* What takes the message elsewhere: one "Copy" for the three copies keeps the row on one
          line in a laptop's editor column; each button's name still says the whole action. */}
      <div className="fk-toolbar" data-copy-actions="">
        {/* biome-ignore lint/a11y/useSemanticElements: a fieldset's legend and border do not belong in a toolbar row. */}
        <span className="fk-toolbar-group" role="group" aria-label="Copy">
          <span className="fk-toolbar-label" aria-hidden="true">
            Copy
          </span>
          <Button
            variant="ghost"
            data-action="copy-json"
            aria-label="Copy JSON"
            title="Copy the message as compact JSON"
            onClick={() => {
              if (heldPayload() !== undefined) void copy(JSON.stringify(payload), "compact JSON");
            }}
          >
            JSON
          </Button>
          <Button
            variant="ghost"
            data-action="copy-pretty"
            aria-label="Copy pretty JSON"
            title="Copy the message as indented JSON"
            onClick={() => {
              if (heldPayload() !== undefined) void copy(pretty(payload), "pretty JSON");
            }}
          >
            Pretty
          </Button>
          <Button
            variant="ghost"
            data-action="copy-jsx"
            aria-label="Copy JSX"
            title="Copy the message as JSX"
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
            JSX
          </Button>
        </span>
        <span className="fk-toolbar-divider" aria-hidden="true" />
        <Button
          variant="ghost"
          data-action="download"
          aria-label="Download .json"
          title="Download the message as message.json"
          onClick={download}
        >
          Download
        </Button>
        <Button
          variant="ghost"
          data-action="share"
          title="A link that opens this message in the workbench"
          onClick={share}
        >
          Share
        </Button>
      </div>
      {shareLink !== undefined ? (
        <input
          data-share-link=""
          className="fk-input"
          aria-label="Share link"
          readOnly
          value={shareLink}
          onFocus={(event) => event.target.select()}
          style={{ width: "100%", flex: "none" }}
        />
      ) : null}
    </>
  );
}
