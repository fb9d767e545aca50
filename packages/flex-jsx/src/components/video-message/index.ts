import type { VideoMessage as VideoMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type VideoMessageProps = Omit<VideoMessageJson, "type"> & { children?: never };

export function buildVideoMessage(props: Omit<VideoMessageProps, "children">): VideoMessageJson {
  return copyProps({ type: "video" }, props) as VideoMessageJson;
}

export const VideoMessage = defineBuiltin<VideoMessageProps>({
  name: "VideoMessage",
  placement: messagePlacement("VideoMessage"),
  render: buildVideoMessage,
});
