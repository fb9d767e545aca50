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

export function buildImagemapArea<T extends ImagemapAction["type"]>(
  type: T,
  props: object,
): Extract<ImagemapAction, { type: T }> {
  return { type, ...ownProps(props) } as Extract<ImagemapAction, { type: T }>;
}

function defineArea<P extends object>(name: string, type: ImagemapAction["type"]): Builtin<P> {
  return defineBuiltin<P>({
    name,
    placement: (parent) =>
      parent === undefined || parent.name === "Imagemap"
        ? undefined
        : `<${name}> must be inside an <Imagemap>; found in ${parent.describe}`,
    render: (props) => buildImagemapArea(type, props),
  });
}

export const UriArea = defineArea<UriAreaProps>("UriArea", "uri");
export const MessageArea = defineArea<MessageAreaProps>("MessageArea", "message");
export const ClipboardArea = defineArea<ClipboardAreaProps>("ClipboardArea", "clipboard");
