import type { LocationMessage as LocationMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type LocationMessageProps = Omit<LocationMessageJson, "type"> & { children?: never };

export function buildLocationMessage(
  props: Omit<LocationMessageProps, "children">,
): LocationMessageJson {
  return lineObject<LocationMessageJson>("location", props);
}

export const LocationMessage = defineBuiltin<LocationMessageProps, LocationMessageJson>({
  name: "LocationMessage",
  placement: messagePlacement("LocationMessage"),
  render: buildLocationMessage,
});
