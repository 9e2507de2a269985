import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { I18n } from './i18n/I18nProvider.tsx';

/** Words a Zod issue in the person's language (the shared schemas carry English messages). */
function issueText(issue: z.core.$ZodIssue, t: I18n['t']): string {
  if (issue.code === 'too_small' && typeof issue.minimum === 'number' && issue.minimum > 1) {
    return t('form.minLength', { n: issue.minimum });
  }
  if (issue.code === 'too_small') return t('form.required');
  if (issue.code === 'custom') return t('form.mustDiffer');
  return issue.message;
}

/** A schema of packages/schemas, or a loader of one (to keep Zod out of a route's chunks). */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/** Field errors by path: the first issue of each field, in the person's language. */
export type ZodFieldErrors = Record<string, { type: string; message: string }>;

/** Validates values against a schema: the parsed values, or the errors of each field. */
export async function validateWithZod(
  schema: SchemaSource,
  values: unknown,
  t: I18n['t'],
): Promise<{ success: true; data: unknown } | { success: false; errors: ZodFieldErrors }> {
  const resolved = typeof schema === 'function' ? await schema() : schema;
  const parsed = await resolved.safeParseAsync(values);
  if (parsed.success) return { success: true, data: parsed.data };
  const errors: ZodFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= { type: issue.code, message: issueText(issue, t) };
  }
  return { success: false, errors };
}

/**
 * A React Hook Form resolver for a schema of packages/schemas, with translated messages
 * (a few lines instead of @hookform/resolvers and its many peers).
 */
export function zodResolver<TValues extends FieldValues>(
  schema: SchemaSource,
  t: I18n['t'],
): Resolver<TValues> {
  return async (values) => {
    const result = await validateWithZod(schema, values, t);
    if (result.success) return { values: result.data as TValues, errors: {} };
    return { values: {}, errors: result.errors as FieldErrors<TValues> };
  };
}
