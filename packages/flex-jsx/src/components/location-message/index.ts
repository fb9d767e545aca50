import type { LocationMessage as LocationMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type LocationMessageProps = Omit<LocationMessageJson, "type"> & { children?: never };

export function buildLocationMessage(
  props: Omit<LocationMessageProps, "children">,
): LocationMessageJson {
  return copyProps({ type: "location" }, props) as LocationMessageJson;
}

export const LocationMessage = defineBuiltin<LocationMessageProps>({
  name: "LocationMessage",
  placement: messagePlacement("LocationMessage"),
  render: buildLocationMessage,
});
