import type { VideoMessage as VideoMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type VideoMessageProps = Omit<VideoMessageJson, "type"> & { children?: never };

export function buildVideoMessage(props: Omit<VideoMessageProps, "children">): VideoMessageJson {
  return lineObject<VideoMessageJson>("video", props);
}

export const VideoMessage: Builtin<VideoMessageProps, VideoMessageJson> = defineMessage(
  "VideoMessage",
  buildVideoMessage,
);
