import type { AudioMessage as AudioMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type AudioMessageProps = Omit<AudioMessageJson, "type"> & { children?: never };

export function buildAudioMessage(props: Omit<AudioMessageProps, "children">): AudioMessageJson {
  return lineObject<AudioMessageJson>("audio", props);
}

export const AudioMessage: Builtin<AudioMessageProps, AudioMessageJson> = defineMessage(
  "AudioMessage",
  buildAudioMessage,
);
