import type { AudioMessage as AudioMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type AudioMessageProps = Omit<AudioMessageJson, "type"> & { children?: never };

export function buildAudioMessage(props: Omit<AudioMessageProps, "children">): AudioMessageJson {
  return lineObject<AudioMessageJson>("audio", props);
}

export const AudioMessage = defineBuiltin<AudioMessageProps, AudioMessageJson>({
  name: "AudioMessage",
  placement: messagePlacement("AudioMessage"),
  render: buildAudioMessage,
});
