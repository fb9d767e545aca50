import type { z } from "zod";

/**
 * The TypeScript type of what a schema accepts, as LINE's JSON has it: zod infers an optional
 * key as `key?: T | undefined`, which a bot compiled with `exactOptionalPropertyTypes` cannot
 * hand to @line/bot-sdk (its types say `key?: T`). JSON has no `undefined`, so each optional key
 * is `key?: T` here, all the way down.
 * https://www.typescriptlang.org/tsconfig/#exactOptionalPropertyTypes
 */
export type Exact<T> = T extends readonly unknown[]
  ? { [K in keyof T]: Exact<T[K]> }
  : T extends object
    ? { [K in keyof T]: Exact<Exclude<T[K], undefined>> }
    : T;

export type Infer<S extends z.ZodType> = Exact<z.infer<S>>;
