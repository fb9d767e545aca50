import type { AudioMessage as AudioMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type AudioMessageProps = Omit<AudioMessageJson, "type"> & { children?: never };

export function buildAudioMessage(props: Omit<AudioMessageProps, "children">): AudioMessageJson {
  return copyProps({ type: "audio" }, props) as AudioMessageJson;
}

export const AudioMessage = defineBuiltin<AudioMessageProps>({
  name: "AudioMessage",
  placement: messagePlacement("AudioMessage"),
  render: buildAudioMessage,
});
