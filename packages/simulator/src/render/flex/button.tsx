import type { FlexButton } from "@flexkit/validators";
import { useRef } from "react";
import { useActionClick } from "../../app/chat-mode/action-context.js";
import {
  BUTTON_COLORS,
  BUTTON_FONT_PX,
  BUTTON_HEIGHT_PX,
  BUTTON_RADIUS_PX,
  BUTTON_SIDE_PADDING_PX,
} from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";
import { useShrinkToFit } from "./shrink-to-fit.js";

/** The action's label on a 52 px (md) or 40 px (sm) button in LINE's style colours. */
export function Button({ button, placement }: { button: FlexButton; placement?: Placement }) {
  const kind = button.style ?? "link";
  const colors = BUTTON_COLORS[kind];
  // `color` is the text colour of a link button and the background of the other styles.
  const background = kind === "link" ? colors.background : (button.color ?? colors.background);
  const color = kind === "link" ? (button.color ?? colors.text) : colors.text;
  const height = BUTTON_HEIGHT_PX[button.height ?? "md"];
  const label = useRef<HTMLSpanElement>(null);
  useShrinkToFit(label, button.adjustMode === "shrink-to-fit");
  const onClick = useActionClick(button.action);
  return (
    <div data-flex="button" style={{ ...childStyle(button, placement), display: "flex" }}>
      <button
        type="button"
        data-style={kind}
        onClick={onClick}
        style={{
          flex: 1,
          minWidth: 0,
          height,
          padding: `0 ${BUTTON_SIDE_PADDING_PX}px`,
          borderRadius: BUTTON_RADIUS_PX,
          border: "none",
          fontSize: fontSizeCss(`${BUTTON_FONT_PX}px`, button.scaling === true),
          background,
          color,
          fontFamily: "inherit",
          cursor: "pointer",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
        }}
      >
        <span
          ref={label}
          style={{
            whiteSpace: "nowrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
            minWidth: 0,
            maxWidth: "100%",
          }}
        >
          {button.action.label ?? ""}
        </span>
      </button>
    </div>
  );
}
