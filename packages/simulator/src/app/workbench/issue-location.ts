import type { Diagnostic } from "@codemirror/lint";
import { detectShape, nearestSource, type ValidationIssue } from "@flexkit/validators";
import { pathInPayload } from "@flexkit/validators/schema-walk";
import { type RefObject, useCallback, useEffect, useMemo, useState } from "react";
import { createJsonLocator } from "../../shared/json-locator.js";
import type { JsonSyntaxError } from "../../shared/json-syntax.js";
import type { CodeEditorHandle } from "./code-editor.js";
import { offsetOfSource } from "./jsx-compile.js";
import { type PreviewRoot, previewElementFor } from "./preview-target.js";

/** An issue's path in the JSON text: the validators' reading, where a root list counts from `[0]`. */
export const textPath = pathInPayload;

/** How the preview draws `payload`, for previewElementFor. */
export function previewRoot(payload: unknown): PreviewRoot {
  const shape = detectShape(payload);
  if (shape === "container") return "container";
  return shape === "request" || shape === "validate-request" ? "body" : "message";
}

/** What the workbench shows that an issue can be located in. */
export interface IssueSurfaces {
  tab: "json" | "jsx";
  jsonText: string;
  jsonError: JsonSyntaxError | undefined;
  issues: readonly ValidationIssue[];
  /** The message drawn and checked; undefined when there is none (code not run, a bad link). */
  payload: unknown;
  /** Where in the JSX each path of the message was written (from the last compile). */
  sources: Record<string, string>;
  jsxText: string;
  jsonEditor: RefObject<CodeEditorHandle | null>;
  jsxEditor: RefObject<CodeEditorHandle | null>;
  /** The element around the drawn chat. */
  preview: RefObject<HTMLDivElement | null>;
}

/**
 * Where the issues are: markers in the JSON editor, a pick that selects the issue's place in the
 * editor of the open tab, and an outline in the preview around the component the picked (or
 * hovered) issue points at.
 */
export function useIssueLocation({
  tab,
  jsonText,
  jsonError,
  issues,
  payload,
  sources,
  jsxText,
  jsonEditor,
  jsxEditor,
  preview,
}: IssueSurfaces): {
  diagnostics: Diagnostic[];
  showIssue: (issue: ValidationIssue) => void;
  outline: (issue: ValidationIssue | undefined) => void;
} {
  const [outlined, setOutlined] = useState<ValidationIssue | undefined>();

  // Markers: each issue at its property in the JSON text.
  const locate = useMemo(() => createJsonLocator(jsonText), [jsonText]);
  const diagnostics: Diagnostic[] = useMemo(() => {
    if (jsonError?.offset !== undefined) {
      // A syntax error marks the character where the JSON stops parsing (the last one when the
      // text just ends), so it shows where the validators' markers do.
      const from = Math.max(0, Math.min(jsonError.offset, jsonText.length - 1));
      const message = `JSON: ${jsonError.reason}`;
      return [{ from, to: Math.min(from + 1, jsonText.length), severity: "error", message }];
    }
    if (locate === undefined) return [];
    return issues.map((issue) => {
      const range = locate(textPath(payload, issue.path));
      return {
        from: range.from,
        to: range.to,
        severity: issue.severity === "error" ? "error" : "warning",
        message: `${issue.property}: ${issue.message} [${issue.rule}]`,
      };
    });
  }, [issues, locate, payload, jsonError, jsonText]);

  const showIssue = useCallback(
    (issue: ValidationIssue) => {
      setOutlined(issue);
      if (tab === "json") {
        const range = locate?.(textPath(payload, issue.path));
        if (range !== undefined) jsonEditor.current?.select(range.from, range.to);
        return;
      }
      // The JSX that produced the property, or its nearest ancestor that has a source. The JSX of
      // a list or a body renders the list of messages, its sources named as the issues name them
      // (`messages[0]…`).
      const where = nearestSource(issue.path, sources);
      const offset = where === undefined ? undefined : offsetOfSource(jsxText, where);
      if (offset === undefined) return;
      // Select the element's opening tag, where its props are written.
      const end = jsxText.indexOf(">", offset);
      jsxEditor.current?.select(offset, end === -1 ? offset : end + 1);
    },
    [payload, tab, locate, sources, jsxText, jsonEditor, jsxEditor],
  );

  const outline = useCallback((issue: ValidationIssue | undefined) => {
    setOutlined(issue);
  }, []);

  // The preview outlines the component the chosen issue points at.
  useEffect(() => {
    const chat = preview.current?.querySelector("[data-chat]");
    if (outlined === undefined || chat == null) return;
    const element = previewElementFor(chat, outlined.path, previewRoot(payload));
    if (element === undefined) return;
    const before = element.style.outline;
    element.style.outline = "2px solid #ff3b30";
    element.dataset.issueOutline = outlined.property;
    element.scrollIntoView({ block: "nearest" });
    return () => {
      element.style.outline = before;
      delete element.dataset.issueOutline;
    };
  }, [outlined, payload, preview]);

  return { diagnostics, showIssue, outline };
}
