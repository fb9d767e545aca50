import type {
  ImagemapAction,
  ImagemapClipboardAction,
  ImagemapMessageAction,
  ImagemapUriAction,
} from "@flexkit/validators";
import { type Builtin, defineBuiltin, ownProps } from "../../component.js";

/**
 * An imagemap's tappable areas (RULES.md §6.2): imagemaps have their own action objects, each
 * with an `area` in base-size coordinates, and only these three types (no postback).
 */
export type UriAreaProps = Omit<ImagemapUriAction, "type"> & { children?: never };
export type MessageAreaProps = Omit<ImagemapMessageAction, "type"> & { children?: never };
export type ClipboardAreaProps = Omit<ImagemapClipboardAction, "type"> & { children?: never };

/** The imagemap action of `type`. */
type AreaOf<T extends ImagemapAction["type"]> = Extract<ImagemapAction, { type: T }>;

export function buildImagemapArea<T extends ImagemapAction["type"]>(
  type: T,
  props: object,
): AreaOf<T> {
  return { type, ...ownProps(props) } as AreaOf<T>;
}

function defineArea<P extends object, T extends ImagemapAction["type"]>(
  name: string,
  type: T,
): Builtin<P, AreaOf<T>> {
  return defineBuiltin<P, AreaOf<T>>({
    name,
    placement: (parent) =>
      parent === undefined || parent.name === "Imagemap"
        ? undefined
        : `<${name}> must be inside an <Imagemap>; found in ${parent.describe}`,
    render: (props) => buildImagemapArea(type, props),
  });
}

export const UriArea: Builtin<UriAreaProps, ImagemapUriAction> = defineArea<UriAreaProps, "uri">(
  "UriArea",
  "uri",
);
export const MessageArea: Builtin<MessageAreaProps, ImagemapMessageAction> = defineArea<
  MessageAreaProps,
  "message"
>("MessageArea", "message");
export const ClipboardArea: Builtin<ClipboardAreaProps, ImagemapClipboardAction> = defineArea<
  ClipboardAreaProps,
  "clipboard"
>("ClipboardArea", "clipboard");
