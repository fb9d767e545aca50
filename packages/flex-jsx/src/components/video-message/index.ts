import type { VideoMessage as VideoMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type VideoMessageProps = Omit<VideoMessageJson, "type"> & { children?: never };

export function buildVideoMessage(props: Omit<VideoMessageProps, "children">): VideoMessageJson {
  return lineObject<VideoMessageJson>("video", props);
}

export const VideoMessage = defineBuiltin<VideoMessageProps, VideoMessageJson>({
  name: "VideoMessage",
  placement: messagePlacement("VideoMessage"),
  render: buildVideoMessage,
});
