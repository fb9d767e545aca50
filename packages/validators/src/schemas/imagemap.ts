import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";
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

export const ImagemapAreaSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
});

const imagemapLabel = utf16String("IMG-8", LIMITS.imagemapActionLabelMax.value);

export const ImagemapUriActionSchema = z.strictObject({
  type: z.literal("uri"),
  label: imagemapLabel.optional(),
  linkUri: actionUri("IMG-8", LIMITS.imagemapActionUriMax.value),
  area: ImagemapAreaSchema,
});

export const ImagemapMessageActionSchema = z.strictObject({
  type: z.literal("message"),
  label: imagemapLabel.optional(),
  text: utf16String("IMG-8", LIMITS.imagemapMessageTextMax.value, 1),
  area: ImagemapAreaSchema,
});

export const ImagemapClipboardActionSchema = z.strictObject({
  type: z.literal("clipboard"),
  label: imagemapLabel.optional(),
  clipboardText: utf16String("ACT-CLIP", LIMITS.clipboardTextMax.value, 1),
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

export const ImagemapExternalLinkSchema = z.strictObject({
  linkUri: actionUri("IMG-7", LIMITS.imagemapLinkUriMax.value),
  label: utf16String("IMG-7", LIMITS.imagemapExternalLabelMax.value, 1),
});

/** IMG-6: when `video` is present, all three of its properties are required. */
export const ImagemapVideoSchema = z.strictObject({
  originalContentUrl: httpsUrl("IMG-6"),
  previewImageUrl: httpsUrl("IMG-6"),
  area: ImagemapAreaSchema,
  externalLink: ImagemapExternalLinkSchema.optional(),
});

export const ImagemapBaseSizeSchema = z.strictObject({
  width: ruled(
    "IMG-3",
    z.literal(LIMITS.imagemapBaseWidth.value),
    `${LIMITS.imagemapBaseWidth.value} (the base width is always ${LIMITS.imagemapBaseWidth.value})`,
  ),
  height: ruled(
    "IMG-4",
    z.number().int().min(1).max(LIMITS.imagemapCoordinateMax.value),
    "an integer > 0",
  ),
});

/** The message's own fields; `quickReply` and `sender` are added in message.ts. */
export const imagemapFields = {
  type: z.literal("imagemap"),
  baseUrl: httpsUrl("IMG-1", LIMITS.imagemapBaseUrlMax.value),
  altText: utf16String("IMG-2", LIMITS.imagemapAltTextMax.value, 1),
  baseSize: ImagemapBaseSizeSchema,
  actions: ruled(
    "IMG-5",
    z.array(ImagemapActionSchema).min(1).max(LIMITS.imagemapActionsMax.value),
  ),
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
