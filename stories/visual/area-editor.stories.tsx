import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor } from "storybook/test";
import { AreaEditor } from "../../packages/simulator/src/app/workbench/visual/area-editor.js";
import { imagemap } from "../messages/samples.js";
import { compactMenu, compactPicture } from "../rich-menus/samples.js";
import { one } from "../support/checks.js";

/**
 * The area editor of the workbench's Tree tab: drag on the picture to draw an area, drag an area
 * or its handles to move or resize it (edges snap to the other areas' and the picture's), arrows
 * nudge the selected one. Under it, the JSON it reports. Storybook is offline, so the imagemap's
 * `{baseUrl}/1040` does not load and the neutral canvas of its baseSize shows.
 */
function Editing({ initial, image }: { initial: Record<string, unknown>; image?: string }) {
  const [value, setValue] = useState(initial);
  const [selected, setSelected] = useState<number>();
  const areas = (value.actions ?? value.areas) as unknown[];
  return (
    <div style={{ width: 360, fontFamily: "system-ui, sans-serif", fontSize: 12 }}>
      <AreaEditor
        value={value}
        onChange={setValue}
        selected={selected}
        onSelect={setSelected}
        {...(image === undefined ? {} : { image })}
      />
      <pre data-area-json="" style={{ whiteSpace: "pre-wrap" }}>
        {JSON.stringify(selected === undefined ? areas : areas[selected], null, 1)}
      </pre>
    </div>
  );
}

const meta = {
  title: "Workbench/Area editor",
  component: Editing,
  args: { initial: imagemap },
} satisfies Meta<typeof Editing>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * An imagemap's three areas over a 1040 × 1040 canvas: the first, full height, cannot go down;
 * Shift+→ moves it by 10.
 */
export const Imagemap: Story = {
  play: async ({ canvasElement }) => {
    const first = one(canvasElement, "[data-area-index='0']");
    await expect(first).toHaveAccessibleName('area 1: message "Coffee"');
    first.focus();
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() =>
      expect(JSON.parse(one(canvasElement, "[data-area-json]").textContent ?? "").area).toEqual({
        x: 0,
        y: 0,
        width: 520,
        height: 1040,
      }),
    );
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    await waitFor(() =>
      expect(JSON.parse(one(canvasElement, "[data-area-json]").textContent ?? "").area.x).toBe(10),
    );
  },
};

/** A compact rich menu over its picture, in `size` units (2500 × 843). */
export const RichMenu: Story = {
  args: { initial: compactMenu, image: compactPicture },
  play: async ({ canvasElement }) => {
    await expect(one(canvasElement, "[data-area-canvas]")).toHaveAccessibleName(
      "rich menu areas, 2500 × 843",
    );
  },
};
