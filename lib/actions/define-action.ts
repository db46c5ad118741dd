import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { AppError, validationError } from "@/lib/errors";
import { toFormState, type FormState } from "@/lib/forms";
import { FormInput } from "./form-input";

/**
 * The one way to write a server action (docs/adr/0012-server-actions-and-abuse-limits.md). Every server action is
 * a public POST endpoint, so the order is fixed here rather than remembered in each file:
 *
 * 1. who is asking: signed out → /sign-in (for anything but "public"); a role the permission
 *    matrix does not allow → FORBIDDEN — both before the form is looked at;
 * 2. the form, read into Maps and prototype-less objects (FormInput) and parsed with the action's
 *    zod schema; a body no form of ours sends is a clear form error;
 * 3. the action itself; redirect()/notFound() pass through, an AppError becomes the user's message,
 *    anything else a logged, generic message — never a 500.
 *
 * A lint rule (eslint.config.mjs, manak/server-action-helper) refuses a "use server" export that is
 * not built here.
 */
export type Access = "public" | "signedIn" | Action;

type ActorFor<A extends Access> = A extends "public" ? Actor | null : Actor;

type Context<A extends Access, S extends z.ZodType> = { actor: ActorFor<A>; input: z.output<S>; form: FormInput };

type Common<A extends Access, S extends z.ZodType> = {
  access: A;
  /** Parses FormInput.fields() — text fields in an object without a prototype. */
  input: S;
};

async function authorize(access: Access): Promise<Actor | null | AppError> {
  const actor = await getActor();
  if (access === "public") return actor;
  if (!actor) redirect("/sign-in");
  if (access !== "signedIn" && !can(actor.role, access)) return new AppError("FORBIDDEN");
  return actor;
}

function parse<A extends Access, S extends z.ZodType>(schema: S, actor: ActorFor<A>, formData: unknown): Context<A, S> {
  const form = FormInput.read(formData);
  const parsed = schema.safeParse(form.fields());
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { actor, input: parsed.data, form };
}

/** An action for `useActionState` forms: `(previous state, form) → state`. */
export function formAction<A extends Access, S extends z.ZodType>(
  config: Common<A, S> & {
    run: (ctx: Context<A, S>) => Promise<FormState | void>;
    /** The values to put back into the form after an error; by default every text field but passwords. */
    keep?: (form: FormInput) => Record<string, string>;
  },
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous: unknown, formData: unknown): Promise<FormState> => {
    const actor = await authorize(config.access);
    if (actor instanceof AppError) return toFormState(actor);
    let ctx: Context<A, S> | undefined;
    try {
      ctx = parse<A, S>(config.input, actor as ActorFor<A>, formData);
      return (await config.run(ctx)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return toFormState(error, ctx ? (config.keep?.(ctx.form) ?? ctx.form.values()) : {});
    }
  };
}

/**
 * An action for a plain `<form action>` (no state to show): a button that marks, switches or
 * re-queues. Refusals and bad bodies change nothing and return quietly (or go to `onError`).
 */
export function plainAction<A extends Access, S extends z.ZodType>(
  config: Common<A, S> & {
    run: (ctx: Context<A, S>) => Promise<void>;
    onError?: (error: AppError) => void | Promise<void>;
  },
): (formData: FormData) => Promise<void> {
  return async (formData: unknown): Promise<void> => {
    const actor = await authorize(config.access);
    try {
      if (actor instanceof AppError) throw actor;
      await config.run(parse<A, S>(config.input, actor as ActorFor<A>, formData));
    } catch (error) {
      unstable_rethrow(error);
      if (!(error instanceof AppError)) {
        console.error("unexpected error in form action", error);
        return;
      }
      await config.onError?.(error);
    }
  };
}
