import type { z } from "zod";

/**
 * The TypeScript type of what a schema accepts, as LINE's JSON has it: zod infers an optional
 * key as `key?: T | undefined`, which a bot compiled with `exactOptionalPropertyTypes` cannot
 * hand to @line/bot-sdk (its types say `key?: T`). JSON has no `undefined`, so each optional key
 * is `key?: T` here, all the way down. Union members that extend `Drop` are left out.
 * https://www.typescriptlang.org/tsconfig/#exactOptionalPropertyTypes
 */
export type Exact<T, Drop = never> = T extends Drop
  ? never
  : T extends readonly unknown[]
    ? { [K in keyof T]: Exact<T[K], Drop> }
    : T extends object
      ? { [K in keyof T]: Exact<Exclude<T[K], undefined>, Drop> }
      : T;

export type Infer<S extends z.ZodType> = Exact<z.infer<S>>;

/**
 * The type of a message part. The schemas take a `richmenuswitch` action anywhere, so that the
 * validators can say where it is and why it is refused (RULES.md ACT-RMS: rich menus only); the
 * types leave it out, so that an editor refuses it in a message before anything runs.
 */
export type InferMessage<S extends z.ZodType> = Exact<z.infer<S>, { type: "richmenuswitch" }>;
