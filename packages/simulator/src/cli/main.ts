import { parseArgs } from "node:util";
import { FlexRenderError } from "@flexkit/flex-jsx";
import { issueLine, RECIPIENT_ID, type ValidationResult, validateAny } from "@flexkit/validators";
import { messageOf } from "../shared/error-message.js";
import { commandBuildAll, commandToJsx } from "./flex-jsx-commands.js";
import { EXIT, type Io, relativeToCwd, renderErrorLine } from "./io.js";
import { readJsonInput } from "./json-input.js";
import { importMessageModule, renderMessage } from "./load-module.js";
import { commandPush } from "./push-command.js";
import { commandRichMenu, RICH_MENU_OPTIONS, type RichMenuFlags } from "./rich-menu-command.js";
import { commandDev, commandServe, commandStart } from "./server-commands.js";
import { UserInputError } from "./user-input-error.js";
import { writeOutput } from "./write-output.js";

const USAGE = `Usage: flexkit <command> [options]

Commands:
  start                         start the simulator on 127.0.0.1 (port: --port, PORT or 5173)
  dev [dir]                     the simulator over a folder of *.flex.[jt]sx files (default
                                ./messages), redrawn on every save
  serve                         the built simulator (npm run build -w @flexkit/simulator)
  build <file.flex.tsx> [-o f]  render a message file and print its JSON
  build --all <dir> [-o dir]    build every *.flex.[jt]sx below dir to x.json (a line per file)
  to-jsx <file.json|-> [-o f]   write a message, array or bubble/carousel as .flex.tsx source
  validate <file.json|->        check LINE JSON (a message, an array, a bubble/carousel, a
                                rich menu or { "richMenus": … })
  push <file> --to U…           validate, then push to a chat (LINE_CHANNEL_ACCESS_TOKEN;
                                --dry-run asks LINE to validate only; --api-base URL;
                                on a terminal it asks first, --yes does not)
  richmenu deploy <file.json> --to U…
                                validate, then create the rich menu (or a tab set), upload
                                its image, set its aliases and link it to that user;
                                --image f (a file of one menu), --entry alias (the menu to
                                show; default the first), --default (every user's menu: asks
                                on a terminal, needs --yes without one), --dry-run (LINE
                                validates only), --api-base URL, --data-api-base URL
  richmenu list                 the channel's rich menus: ID, name, size, aliases
  richmenu delete <id>…         delete rich menus; --name <prefix> deletes those whose name
                                starts with it (asks on a terminal)
  richmenu unlink --to U…       that user sees the default menu again

Options:
  --port n   (start, dev, serve) the port to listen on; 0 picks a free one
  --json     (validate) print { ok, issues } as JSON
  --strict   treat warnings as errors
  -h, --help show this help`;

/** The commands of USAGE, in its order: the unknown-command error lists them all. */
const COMMANDS = [
  "start",
  "dev",
  "serve",
  "build",
  "to-jsx",
  "validate",
  "push",
  "richmenu",
] as const;
type Command = (typeof COMMANDS)[number];

/** The options each command reads (and --help): any other is a mistake, not silently ignored. */
const COMMAND_OPTIONS: Record<Command, readonly string[]> = {
  start: ["port"],
  dev: ["port"],
  serve: ["port"],
  build: ["all", "output", "strict"],
  "to-jsx": ["output"],
  validate: ["json", "strict"],
  push: ["api-base", "dry-run", "strict", "to", "yes"],
  // Each subcommand's own are checked by commandRichMenu.
  richmenu: [...new Set(Object.values(RICH_MENU_OPTIONS).flat())].sort(),
};

/**
 * How many arguments each command takes after its name, and what to say when given one more (a
 * mistake, not silently ignored). `build --all <dir>` has its folder as the option's value.
 */
const COMMAND_ARGUMENTS: Record<
  Exclude<Command, "richmenu"> | "build --all",
  { most: 0 | 1; takes: string }
> = {
  start: { most: 0, takes: "it takes no arguments (flexkit start [--port n])" },
  dev: { most: 1, takes: "it takes one folder at most (flexkit dev [dir])" },
  serve: { most: 0, takes: "it takes no arguments (flexkit serve [--port n])" },
  build: { most: 1, takes: "it takes one file (flexkit build <file.flex.tsx>)" },
  "build --all": {
    most: 0,
    takes: "with --all it takes only the folder (flexkit build --all <dir>)",
  },
  "to-jsx": { most: 1, takes: "it takes one file (flexkit to-jsx <file.json|->)" },
  validate: { most: 1, takes: "it takes one file (flexkit validate <file.json|->)" },
  push: { most: 1, takes: "it takes one file (flexkit push <file> --to U…)" },
};

/**
 * One line for an argument past what the command takes, or undefined. A number given to a
 * server command (`flexkit start 5174`) was meant as its port.
 */
function strayArgumentLine(
  command: Exclude<Command, "richmenu">,
  positionals: string[],
  all: boolean,
): string | undefined {
  const shape = command === "build" && all ? "build --all" : command;
  const stray = positionals[COMMAND_ARGUMENTS[shape].most];
  if (stray === undefined) return undefined;
  const hint =
    COMMAND_OPTIONS[command].includes("port") && /^\d+$/.test(stray)
      ? `use --port ${stray}`
      : command === "push" && RECIPIENT_ID.test(stray)
        ? `use --to ${stray}`
        : COMMAND_ARGUMENTS[shape].takes;
  return `flexkit ${command}: unexpected argument ${JSON.stringify(stray)}; ${hint}`;
}

/** `error contents.body.contents[0].text: … [RULE] (welcome.flex.tsx:14:9)`, one a line. */
function printIssues(result: ValidationResult, io: Io, sources?: Record<string, string>): void {
  for (const issue of result.issues) io.err(issueLine(issue, sources, relativeToCwd));
}

async function commandValidate(
  files: string[],
  flags: { json: boolean; strict: boolean },
  io: Io,
): Promise<number> {
  const [file] = files;
  if (file === undefined)
    throw new UserInputError("validate: which file? (flexkit validate <file.json|->)");
  const { value, name } = await readJsonInput(file);
  const result = validateAny(value, { strict: flags.strict });
  if (flags.json) io.out(JSON.stringify(result, null, 2));
  else if (result.ok && result.issues.length === 0) io.err(`${name}: valid`);
  else printIssues(result, io);
  return result.ok ? EXIT.ok : EXIT.invalid;
}

async function commandBuild(
  files: string[],
  flags: { strict: boolean; output: string | undefined },
  io: Io,
): Promise<number> {
  const [file] = files;
  if (file === undefined)
    throw new UserInputError("build: which file? (flexkit build <file.flex.tsx>)");
  const module = await importMessageModule(file);
  let built: ReturnType<typeof renderMessage>;
  try {
    built = renderMessage(module, file);
  } catch (error) {
    if (!(error instanceof FlexRenderError)) throw error;
    io.err(renderErrorLine(error));
    return EXIT.invalid;
  }
  const result = validateAny(built.json, { strict: flags.strict });
  printIssues(result, io, built.sources);
  if (!result.ok) return EXIT.invalid;
  const json = JSON.stringify(built.json, null, 2);
  if (flags.output === undefined) io.out(json);
  else await writeOutput(flags.output, `${json}\n`);
  return EXIT.ok;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        json: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        to: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        "api-base": { type: "string" },
        "data-api-base": { type: "string" },
        default: { type: "boolean", default: false },
        entry: { type: "string" },
        image: { type: "string" },
        name: { type: "string" },
        output: { type: "string", short: "o" },
        all: { type: "string" },
        port: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.err(`flexkit: ${messageOf(error)} (flexkit --help)`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  const values = parsed.values as {
    json: boolean;
    strict: boolean;
    output?: string;
    help: boolean;
  };
  if (values.help || command === undefined) {
    (command === undefined && !values.help ? io.err : io.out)(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const taken: readonly string[] | undefined = Object.hasOwn(COMMAND_OPTIONS, command)
    ? COMMAND_OPTIONS[command as Command]
    : undefined;
  const stray = (parsed.tokens ?? []).find(
    (token) => token.kind === "option" && token.name !== "help" && !taken?.includes(token.name),
  );
  if (taken !== undefined && stray?.kind === "option") {
    io.err(
      `flexkit: ${command} does not take --${stray.name}; its options are ${taken.map((name) => `--${name}`).join(", ")} (flexkit --help)`,
    );
    return EXIT.usage;
  }
  // `richmenu`'s subcommands check their own arguments.
  const strayArgument =
    taken === undefined || command === "richmenu"
      ? undefined
      : strayArgumentLine(
          command as Exclude<Command, "richmenu">,
          rest,
          typeof parsed.values.all === "string",
        );
  if (strayArgument !== undefined) {
    io.err(strayArgument);
    return EXIT.usage;
  }
  try {
    switch (command) {
      case "validate":
        return await commandValidate(rest, values, io);
      case "build":
        if (typeof parsed.values.all === "string") {
          return await commandBuildAll(
            parsed.values.all,
            { strict: values.strict, output: values.output },
            io,
            { showSource: relativeToCwd },
          );
        }
        return await commandBuild(rest, { strict: values.strict, output: values.output }, io);
      case "to-jsx":
        return await commandToJsx(rest, { output: values.output }, io);
      case "start":
        return await commandStart(io, { port: parsed.values.port as string | undefined });
      case "dev":
        return await commandDev(rest, io, { port: parsed.values.port as string | undefined });
      case "serve":
        return await commandServe(io, { port: parsed.values.port as string | undefined });
      case "push":
        return await commandPush(rest, pushFlags(parsed.values), io);
      case "richmenu": {
        const given = (parsed.tokens ?? []).flatMap((token) =>
          token.kind === "option" && token.name !== "help" ? [token.name] : [],
        );
        return await commandRichMenu(rest, richMenuFlags(parsed.values), io, given);
      }
      default:
        io.err(
          `flexkit: unknown command "${command}"; expected one of ${COMMANDS.join(", ")} (flexkit --help)`,
        );
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UserInputError) {
      io.err(`flexkit: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function pushFlags(values: Record<string, unknown>) {
  return {
    to: values.to as string | undefined,
    dryRun: values["dry-run"] === true,
    apiBase: values["api-base"] as string | undefined,
    strict: values.strict === true,
    yes: values.yes === true,
  };
}

function richMenuFlags(values: Record<string, unknown>): RichMenuFlags {
  return {
    to: values.to as string | undefined,
    default: values.default === true,
    entry: values.entry as string | undefined,
    image: values.image as string | undefined,
    name: values.name as string | undefined,
    dryRun: values["dry-run"] === true,
    apiBase: values["api-base"] as string | undefined,
    dataApiBase: values["data-api-base"] as string | undefined,
    strict: values.strict === true,
    yes: values.yes === true,
  };
}
