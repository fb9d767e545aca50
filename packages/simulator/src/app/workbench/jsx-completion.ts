import * as flexJsx from "@flexkit/flex-jsx";
import { BUILTIN } from "@flexkit/flex-jsx";
import {
  AudioMessageSchema,
  CouponMessageSchema,
  FlexBoxSchema,
  FlexBubbleSchema,
  FlexButtonSchema,
  FlexFillerSchema,
  FlexIconSchema,
  FlexImageSchema,
  FlexMessageSchema,
  FlexSeparatorSchema,
  FlexSpanSchema,
  FlexTextSchema,
  FlexVideoSchema,
  ImageMessageSchema,
  ImagemapMessageSchema,
  LocationMessageSchema,
  StickerMessageSchema,
  TextMessageSchema,
  TextV2MessageSchema,
  VideoMessageSchema,
} from "@flexkit/validators";
import { type CompletionOption, keywordsOf, propertiesOf } from "./json-completion.js";

/**
 * Completion in the JSX editor: flex-jsx's component names after `<`, a component's props inside
 * its tag, and the keyword values of a prop inside its quotes. Props are read from the same
 * validators' schemas as the JSON editor's, less what JSX writes another way (children, slots).
 */

/** Every component flex-jsx exports (its built-ins), by name. */
export const COMPONENT_NAMES: readonly string[] = Object.entries(flexJsx)
  .filter(([name, value]) => /^[A-Z]/.test(name) && typeof value === "function" && BUILTIN in value)
  .map(([name]) => name)
  .sort();

/** A component's LINE object schema and the properties its props leave out (see its *Props). */
const PROPS: Readonly<Record<string, { schema: unknown; omit: readonly string[] }>> = {
  Box: { schema: FlexBoxSchema, omit: ["contents"] },
  Text: { schema: FlexTextSchema, omit: ["text", "contents"] },
  Span: { schema: FlexSpanSchema, omit: ["text"] },
  Image: { schema: FlexImageSchema, omit: [] },
  Icon: { schema: FlexIconSchema, omit: [] },
  Button: { schema: FlexButtonSchema, omit: [] },
  Separator: { schema: FlexSeparatorSchema, omit: [] },
  Filler: { schema: FlexFillerSchema, omit: [] },
  Video: { schema: FlexVideoSchema, omit: ["altContent"] },
  Bubble: { schema: FlexBubbleSchema, omit: ["header", "hero", "body", "footer"] },
  FlexMessage: { schema: FlexMessageSchema, omit: ["contents"] },
  TextMessage: { schema: TextMessageSchema, omit: ["text"] },
  TextV2Message: { schema: TextV2MessageSchema, omit: ["text"] },
  ImageMessage: { schema: ImageMessageSchema, omit: [] },
  VideoMessage: { schema: VideoMessageSchema, omit: [] },
  AudioMessage: { schema: AudioMessageSchema, omit: [] },
  LocationMessage: { schema: LocationMessageSchema, omit: [] },
  StickerMessage: { schema: StickerMessageSchema, omit: [] },
  CouponMessage: { schema: CouponMessageSchema, omit: [] },
  Imagemap: { schema: ImagemapMessageSchema, omit: ["actions"] },
};

export interface JsxCompletions {
  from: number;
  options: CompletionOption[];
}

/** The text of an open tag up to the cursor: `<Name … prop="val`, with nothing closing it. */
const TAG_NAME = /<([A-Za-z][\w.]*)?$/;
const IN_TAG = /<([A-Z][\w]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s+([\w-]*)$/;
const IN_VALUE =
  /<([A-Z][\w]*)(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*\s+([\w-]+)="([^"]*)$/;

/** The completions at `offset` of a JSX text, or undefined where there is nothing to offer. */
export function jsxCompletions(text: string, offset: number): JsxCompletions | undefined {
  // An open tag is short: a few lines before the cursor are enough to read it.
  const before = text.slice(Math.max(0, offset - 2000), offset);

  const value = IN_VALUE.exec(before);
  if (value !== null) {
    const [, component, prop, typed] = value;
    const entry = PROPS[component!];
    const schema = entry === undefined ? undefined : propertiesOf(entry.schema).get(prop!);
    if (schema === undefined) return undefined;
    const words = keywordsOf(schema).filter((word) => word !== "true" && word !== "false");
    if (words.length === 0) return undefined;
    return {
      from: offset - typed!.length,
      options: words.map((word) => ({ label: word, apply: word, type: "keyword" })),
    };
  }

  const tag = IN_TAG.exec(before);
  if (tag !== null) {
    const [, component, attributes, typed] = tag;
    const entry = PROPS[component!];
    if (entry === undefined) return undefined;
    const written = new Set([...attributes!.matchAll(/\s([\w-]+)/g)].map((match) => match[1]));
    const options: CompletionOption[] = [];
    for (const [key, schema] of propertiesOf(entry.schema)) {
      if (key === "type" || entry.omit.includes(key) || written.has(key)) continue;
      const keywords = keywordsOf(schema);
      const boolean = keywords.length === 2 && keywords.includes("true");
      options.push({
        label: key,
        apply: boolean ? key : `${key}=""`,
        ...(boolean ? {} : { back: 1 }),
        type: "property",
      });
    }
    return { from: offset - typed!.length, options };
  }

  const name = TAG_NAME.exec(before);
  if (name !== null) {
    const typed = name[1] ?? "";
    return {
      from: offset - typed.length,
      options: COMPONENT_NAMES.map((component) => ({
        label: component,
        apply: component,
        type: "keyword",
        detail: "component",
      })),
    };
  }
  return undefined;
}
