import type { FlexComponent, FlexVideo } from "@flexkit/validators";
import { VIDEO_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { childKey } from "../../path.js";
import { ROOT, sitsIn } from "../../placement.js";

export type VideoProps = Omit<FlexVideo, "type" | "altContent"> & {
  /**
   * What LINE shows where video can't play: one `<Box>` or `<Image>` element, written as a prop
   * under LINE's own name (`altContent={<Image url="…" />}`), required (FLEX-VID-4).
   */
  altContent: FlexNode;
  children?: never;
};

export function buildVideo(
  props: Omit<VideoProps, "children" | "altContent">,
  altContent: FlexComponent,
): FlexVideo {
  const video = lineObject<Record<string, unknown>>("video", props, ["altContent"]);
  video.altContent = altContent;
  return video as unknown as FlexVideo;
}

const PARENT: Parent = { name: "Video", describe: "a <Video>'s altContent" };

export const Video: Builtin<VideoProps, FlexVideo> = defineBuiltin<VideoProps, FlexVideo>({
  name: "Video",
  // FLEX-VID-1: a video must be the hero block itself, never inside a box (REF#f-video).
  placement: sitsIn(
    ROOT | VIDEO_SITS_IN,
    (parent) =>
      `<Video> must be the hero itself (<Hero><Video … /></Hero>); found in ${parent!.describe}`,
  ),
  render(props, api) {
    const rendered = api.children(props.altContent, PARENT, () => childKey(api.path, "altContent"));
    if (rendered.length !== 1) {
      throw api.error(
        `<Video> needs exactly one altContent element (a <Box> or an <Image>), got ${rendered.length}${api.path === "" ? "" : ` at ${api.path}`}`,
      );
    }
    return buildVideo(props, rendered[0]!.json as FlexComponent);
  },
});
