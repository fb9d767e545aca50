import type {
  FlexButton,
  FlexFiller,
  FlexIcon,
  FlexImage,
  FlexSeparator,
} from "@flexkit/validators";
import type { CSSProperties } from "react";
import { FONT_SIZE_PX, IMAGE_SIZE_PX } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";

function ratio(aspectRatio: string | undefined): { w: number; h: number } {
  const [w, h] = (aspectRatio ?? "1:1").split(":").map(Number);
  return { w: w && w > 0 ? w : 1, h: h && h > 0 ? h : 1 };
}

/** Image `size` is the maximum width of the drawing area (RENDERING.md §1). */
export function Image({ image, placement }: { image: FlexImage; placement?: Placement }) {
  const size = image.size ?? "md";
  const maxWidth =
    size === "full"
      ? "100%"
      : size in IMAGE_SIZE_PX
        ? `${IMAGE_SIZE_PX[size as keyof typeof IMAGE_SIZE_PX]}px`
        : size;
  const { w, h } = ratio(image.aspectRatio);
  const justify =
    image.align === "start" ? "flex-start" : image.align === "end" ? "flex-end" : "center";
  const style: CSSProperties = {
    ...childStyle(image, placement),
    display: "flex",
    justifyContent: justify,
    minWidth: 0,
  };
  return (
    <div data-flex="image" style={style}>
      <div
        style={{
          width: "100%",
          maxWidth,
          aspectRatio: `${w} / ${h}`,
          backgroundColor: image.backgroundColor,
          overflow: "hidden",
        }}
      >
        <img
          src={image.url}
          alt=""
          draggable={false}
          style={{
            width: "100%",
            height: "100%",
            display: "block",
            objectFit: image.aspectMode === "cover" ? "cover" : "contain",
          }}
        />
      </div>
    </div>
  );
}

/** An icon is 1em high at its size and sits on the text baseline (RENDERING.md §2). */
export function Icon({ icon, placement }: { icon: FlexIcon; placement?: Placement }) {
  const { w, h } = ratio(icon.aspectRatio);
  const size = icon.size ?? "md";
  const fontSize = size in FONT_SIZE_PX ? fontSizeCss(size) : size;
  return (
    <span
      data-flex="icon"
      style={{ ...childStyle(icon, placement), fontSize, display: "inline-block", lineHeight: 1 }}
    >
      <img
        src={icon.url}
        alt=""
        style={{
          height: "1em",
          width: `${w / h}em`,
          verticalAlign: "baseline",
          display: "inline-block",
        }}
      />
    </span>
  );
}

const BUTTON_COLORS = {
  primary: { background: "#17c950", text: "#ffffff" },
  secondary: { background: "#dcdfe5", text: "#111111" },
  link: { background: "transparent", text: "#42659a" },
} as const;

export function Button({ button, placement }: { button: FlexButton; placement?: Placement }) {
  const kind = button.style ?? "link";
  const colors = BUTTON_COLORS[kind];
  // `color` is the text colour of a link button and the background of the other styles.
  const background = kind === "link" ? colors.background : (button.color ?? colors.background);
  const color = kind === "link" ? (button.color ?? colors.text) : colors.text;
  return (
    <div data-flex="button" style={{ ...childStyle(button, placement), display: "flex" }}>
      <button
        type="button"
        style={{
          flex: 1,
          height: button.height === "sm" ? 40 : 52,
          padding: "0 16px",
          borderRadius: 8,
          border: "none",
          fontSize: 16,
          background,
          color,
          fontFamily: "inherit",
          whiteSpace: "nowrap",
          overflow: "hidden",
          textOverflow: "ellipsis",
        }}
      >
        {button.action.label ?? ""}
      </button>
    </div>
  );
}

/** A hairline: vertical in a horizontal box, horizontal in a vertical box (RENDERING.md §2). */
export function Separator({
  separator,
  placement,
}: {
  separator: FlexSeparator;
  placement?: Placement;
}) {
  const vertical = placement?.layout === "horizontal";
  const style: CSSProperties = {
    ...childStyle({ ...separator, flex: 0 }, placement),
    backgroundColor: separator.color ?? "#d4d6da",
    alignSelf: "stretch",
    ...(vertical ? { width: 0.5 } : { height: 0.5 }),
  };
  return <div data-flex="separator" style={style} />;
}

export function Filler({ filler, placement }: { filler: FlexFiller; placement?: Placement }) {
  return <div data-flex="filler" style={childStyle(filler, placement)} />;
}
