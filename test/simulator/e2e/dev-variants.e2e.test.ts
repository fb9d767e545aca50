import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningProcess, startFlexkitServer } from "../support/browser-session.js";

/**
 * Which exports `flexkit dev` lists as a file's variants: the default and the exports that
 * produce a message, never the helpers a message file also exports. Read from the real
 * `flexkit dev` process's state endpoint, the JSON its sidebar is drawn from.
 */

interface DevState {
  files: {
    file: string;
    error?: string;
    exports: { name: string; payload?: unknown; issues: string[]; error?: string }[];
  }[];
}

let dir: string;
let server: RunningProcess;

/** A message file with a default, two variants and the helpers that came with them. */
const RECEIPT = `import { Body, Box, Bubble, FlexMessage, Text, TextMessage } from "@flexkit/flex-jsx";

export const previewProps = { name: "Ann", total: 1200 };

/** A helper function: returns a string. */
export function formatPrice(yen: number): string {
  return "¥" + Number(yen).toLocaleString("en");
}

/** A helper that throws when called with the preview props: still a helper. */
export function itemNames(order: { items: { name: string }[] }): string[] {
  return order.items.map((item) => item.name);
}

/** A building block for the messages below: a <Text>, not a message. */
export function Price({ total }: { total: number }) {
  return <Text>{formatPrice(total)}</Text>;
}

export const CURRENCY = "JPY";
export const SIZES = ["sm", "md"];
export const THEME = { color: "#06c755" };

export default function Receipt({ name, total }: { name: string; total: number }) {
  return (
    <FlexMessage altText="receipt">
      <Bubble>
        <Body>
          <Box layout="vertical">
            <Text>{name}</Text>
            <Price total={total} />
          </Box>
        </Body>
      </Bubble>
    </FlexMessage>
  );
}

/** A variant written as an element. */
export const Thanks = <TextMessage>Thank you!</TextMessage>;

/** A variant written as a component: it renders another component that returns a message. */
export function Free(props: { name: string; total: number }) {
  return <Receipt {...props} total={0} />;
}
`;

async function devState(): Promise<DevState> {
  const response = await fetch(new URL("/__flexkit/dev-state", server.url));
  return (await response.json()) as DevState;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flexkit-variants-"));
  await writeFile(join(dir, "receipt.flex.tsx"), RECEIPT);
  await writeFile(
    join(dir, "edge.flex.tsx"),
    `import { TextMessage } from "@flexkit/flex-jsx";

export default <TextMessage>Default</TextMessage>;

/** A capitalised function is a component: when it throws, it is listed with its error. */
export function Unfinished(): never {
  throw new Error("not written yet");
}

/** Plain LINE JSON that validates as a message is a variant too… */
export const Json = { type: "text", text: "From JSON" };
/** …and so is a list of them; an object that is no message is not. */
export const JsonPair = [{ type: "text", text: "One" }, { type: "text", text: "Two" }];
export const settings = { type: "compact", retries: 3 };
/** A JSON message with a mistake is listed too, with its issues, not hidden. */
export const JsonBroken = { type: "text" };
`,
  );
  await writeFile(
    join(dir, "bad-props.flex.tsx"),
    `import { TextMessage } from "@flexkit/flex-jsx";\nexport const previewProps = "Ann";\nexport default () => <TextMessage>Hi</TextMessage>;\n`,
  );
  server = await startFlexkitServer(["dev", dir]);
});

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("flexkit dev's variants", () => {
  it("lists the default and the two message variants, not the helper functions and constants", async () => {
    const receipt = (await devState()).files.find((file) => file.file === "receipt.flex.tsx");
    expect(receipt?.error).toBeUndefined();
    expect(receipt?.exports.map((entry) => entry.name)).toEqual(["default", "Thanks", "Free"]);
    expect(receipt?.exports.map((entry) => [entry.error, entry.issues])).toEqual([
      [undefined, []],
      [undefined, []],
      [undefined, []],
    ]);
    const texts = receipt?.exports.map((entry) => JSON.stringify(entry.payload).match(/¥[\d,]+/g));
    expect(texts).toEqual([["¥1,200"], null, ["¥0"]]);
  });

  it("lists a capitalised component that throws, with its error, and plain JSON messages (a broken one with its issues)", async () => {
    const edge = (await devState()).files.find((file) => file.file === "edge.flex.tsx");
    expect(
      edge?.exports.map((entry) => ({
        name: entry.name,
        error: entry.error,
        payload: entry.payload,
      })),
    ).toEqual([
      { name: "default", error: undefined, payload: { type: "text", text: "Default" } },
      {
        name: "Unfinished",
        error: "edge.flex.tsx:7:9: not written yet",
        payload: undefined,
      },
      { name: "Json", error: undefined, payload: { type: "text", text: "From JSON" } },
      {
        name: "JsonPair",
        error: undefined,
        payload: [
          { type: "text", text: "One" },
          { type: "text", text: "Two" },
        ],
      },
      { name: "JsonBroken", error: undefined, payload: { type: "text" } },
    ]);
    const broken = edge?.exports.find((entry) => entry.name === "JsonBroken");
    expect(broken?.issues.some((issue) => issue.startsWith("error text: "))).toBe(true);
  });

  it("refuses a previewProps that is not an object, as flexkit build does", async () => {
    const file = (await devState()).files.find((entry) => entry.file === "bad-props.flex.tsx");
    expect(file).toEqual({
      file: "bad-props.flex.tsx",
      error:
        'bad-props.flex.tsx: previewProps: expected an object of the default export\'s props, got the string "Ann"',
      exports: [],
    });
  });
});
