import type { LocationMessage as LocationMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type LocationMessageProps = Omit<LocationMessageJson, "type"> & { children?: never };

export function buildLocationMessage(
  props: Omit<LocationMessageProps, "children">,
): LocationMessageJson {
  return lineObject<LocationMessageJson>("location", props);
}

export const LocationMessage: Builtin<LocationMessageProps, LocationMessageJson> = defineMessage(
  "LocationMessage",
  buildLocationMessage,
);
