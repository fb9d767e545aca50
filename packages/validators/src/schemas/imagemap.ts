import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";
import { strictObject } from "./object.js";
import { actionUri, httpsUrl, utf16String } from "./values.js";

/**
 * Imagemap messages (RULES.md §6). Imagemap actions are their own objects (§6.2), not the
 * action objects of §4: only `uri`, `message` and `clipboard`, each with an `area`.
 * https://developers.line.biz/en/reference/messaging-api/#imagemap-message
 */

const coordinate = ruled(
  "IMG-8",
  z.number().int().min(0).max(LIMITS.imagemapCoordinateMax.value),
  "an integer ≥ 0",
);
const extent = ruled(
  "IMG-8",
  z.number().int().min(1).max(LIMITS.imagemapCoordinateMax.value),
  "an integer > 0",
);

export const ImagemapAreaSchema = strictObject({
  /**
   * Left edge of the area, in px of the image scaled to 1040 wide (`baseSize`): an integer ≥ 0.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-area-object
   */
  x: coordinate,
  /**
   * Top edge of the area, in px of the image scaled to 1040 wide (`baseSize`): an integer ≥ 0.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-area-object
   */
  y: coordinate,
  /**
   * Width of the area in `baseSize` px, an integer > 0. A warning when `x + width` passes
   * 1040, or when the area overlaps another action's.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-area-object
   */
  width: extent,
  /**
   * Height of the area in `baseSize` px, an integer > 0. A warning when `y + height` passes
   * `baseSize.height`, or when the area overlaps another action's.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-area-object
   */
  height: extent,
});

const imagemapLabel = utf16String("IMG-8", LIMITS.imagemapActionLabelMax.value);

export const ImagemapUriActionSchema = strictObject({
  /**
   * Opens `linkUri` when the area is tapped.
   * Rules: IMG-5.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-uri-action-object
   */
  type: z.literal("uri"),
  /**
   * A name for the action, read aloud by accessibility tools; not drawn. At most 100 UTF-16
   * code units.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-uri-action-object
   */
  label: imagemapLabel.optional(),
  /**
   * The URI to open: scheme `http`, `https`, `line` or `tel`, percent-encoded in UTF-8, at most
   * 1000 UTF-16 code units. Required.
   * Rules: IMG-8, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-uri-action-object
   */
  linkUri: actionUri("IMG-8", LIMITS.imagemapActionUriMax.value),
  /**
   * The part of the image that runs the action when tapped. Required.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-uri-action-object
   */
  area: ImagemapAreaSchema,
});

export const ImagemapMessageActionSchema = strictObject({
  /**
   * Sends `text` as a message from the user when the area is tapped.
   * Rules: IMG-5.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object
   */
  type: z.literal("message"),
  /**
   * A name for the action, read aloud by accessibility tools; not drawn. At most 100 UTF-16
   * code units.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object
   */
  label: imagemapLabel.optional(),
  /**
   * The message the user sends by tapping. Required, 1–400 UTF-16 code units.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object
   */
  text: utf16String("IMG-8", LIMITS.imagemapMessageTextMax.value, 1),
  /**
   * The part of the image that runs the action when tapped. Required.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message-action-object
   */
  area: ImagemapAreaSchema,
});

export const ImagemapClipboardActionSchema = strictObject({
  /**
   * Copies `clipboardText` to the device's clipboard when the area is tapped. LINE 14.0.0+ on
   * iOS and Android.
   * Rules: IMG-5.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object
   */
  type: z.literal("clipboard"),
  /**
   * A name for the action, read aloud by accessibility tools; not drawn. At most 100 UTF-16
   * code units.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object
   */
  label: imagemapLabel.optional(),
  /**
   * The text copied to the clipboard. Required, 1–1000 UTF-16 code units.
   * Rules: ACT-CLIP.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object
   */
  clipboardText: utf16String("ACT-CLIP", LIMITS.clipboardTextMax.value, 1),
  /**
   * The part of the image that runs the action when tapped. Required.
   * Rules: IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object
   */
  area: ImagemapAreaSchema,
});

export const ImagemapActionSchema = ruled(
  "IMG-5",
  z.discriminatedUnion("type", [
    ImagemapUriActionSchema,
    ImagemapMessageActionSchema,
    ImagemapClipboardActionSchema,
  ]),
  'an imagemap action type ("uri", "message" or "clipboard")',
);

export const ImagemapExternalLinkSchema = strictObject({
  /**
   * The URI the link opens: scheme `http`, `https`, `line` or `tel`, percent-encoded in UTF-8,
   * at most 1000 UTF-16 code units. Required.
   * Rules: IMG-7, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  linkUri: actionUri("IMG-7", LIMITS.imagemapLinkUriMax.value),
  /**
   * The link's text, shown when the video has finished playing. Required, 1–30 UTF-16 code
   * units.
   * Rules: IMG-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  label: utf16String("IMG-7", LIMITS.imagemapExternalLabelMax.value, 1),
});

/** IMG-6: when `video` is present, all three of its properties are required. */
export const ImagemapVideoSchema = strictObject({
  /**
   * The video: an https URL of at most 2000 UTF-16 code units, percent-encoded, to an mp4 of
   * at most 200 MB. Required when `video` is set.
   * Rules: IMG-6, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  originalContentUrl: httpsUrl("IMG-6"),
  /**
   * The image shown until the video plays: an https URL of at most 2000 UTF-16 code units,
   * percent-encoded, to a JPEG or PNG of at most 1 MB. Required when `video` is set.
   * Rules: IMG-6, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  previewImageUrl: httpsUrl("IMG-6"),
  /**
   * Where on the image the video plays, in `baseSize` px. Required when `video` is set; a
   * warning when it reaches past the image.
   * Rules: IMG-6, IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  area: ImagemapAreaSchema,
  /**
   * A link shown after the video ends; when set, both `linkUri` and `label` are required.
   * Rules: IMG-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  externalLink: ImagemapExternalLinkSchema.optional(),
});

export const ImagemapBaseSizeSchema = strictObject({
  /**
   * The width the image is laid out at: always 1040.
   * Rules: IMG-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  width: ruled(
    "IMG-3",
    z.literal(LIMITS.imagemapBaseWidth.value),
    `${LIMITS.imagemapBaseWidth.value} (the base width is always ${LIMITS.imagemapBaseWidth.value})`,
  ),
  /**
   * The height of the image when scaled to 1040 wide, an integer > 0. Areas are placed in
   * these px.
   * Rules: IMG-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  height: ruled(
    "IMG-4",
    z.number().int().min(1).max(LIMITS.imagemapCoordinateMax.value),
    "an integer > 0",
  ),
});

/** The message's own fields; `quickReply` and `sender` are added in message.ts. */
export const imagemapFields = {
  /**
   * An image with tappable areas, and an optional video playing over part of it.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  type: z.literal("imagemap"),
  /**
   * Where the image lives, without a file extension: LINE fetches `{baseUrl}/240`, `/300`,
   * `/460`, `/700` and `/1040` (JPEG or PNG, at most 10 MB each). An https URL of at most
   * 2000 UTF-16 code units, percent-encoded.
   * Rules: IMG-1, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#base-url
   */
  baseUrl: httpsUrl("IMG-1", LIMITS.imagemapBaseUrlMax.value),
  /**
   * The text shown in notifications, the chat list and quote previews, where the image itself
   * isn't drawn. Required, 1–1500 UTF-16 code units; emoji allowed.
   * Rules: IMG-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  altText: utf16String("IMG-2", LIMITS.imagemapAltTextMax.value, 1),
  /**
   * The image's size at 1040 px wide, the frame every `area` is measured in. Required.
   * Rules: IMG-3, IMG-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  baseSize: ImagemapBaseSizeSchema,
  /**
   * What tapping each area does: 1–50 imagemap actions (`uri`, `message` or `clipboard`, each
   * with its `area`). A warning when areas overlap.
   * Rules: IMG-5, IMG-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-action-objects
   */
  actions: ruled(
    "IMG-5",
    z.array(ImagemapActionSchema).min(1).max(LIMITS.imagemapActionsMax.value),
  ),
  /**
   * A video played over an area of the image; when set, `originalContentUrl`,
   * `previewImageUrl` and `area` are all required.
   * Rules: IMG-6.
   * @see https://developers.line.biz/en/reference/messaging-api/#imagemap-message
   */
  video: ImagemapVideoSchema.optional(),
};

export type ImagemapArea = Infer<typeof ImagemapAreaSchema>;
export type ImagemapAction = Infer<typeof ImagemapActionSchema>;
export type ImagemapUriAction = Infer<typeof ImagemapUriActionSchema>;
export type ImagemapMessageAction = Infer<typeof ImagemapMessageActionSchema>;
export type ImagemapClipboardAction = Infer<typeof ImagemapClipboardActionSchema>;
export type ImagemapVideo = Infer<typeof ImagemapVideoSchema>;
export type ImagemapExternalLink = Infer<typeof ImagemapExternalLinkSchema>;
export type ImagemapBaseSize = Infer<typeof ImagemapBaseSizeSchema>;
