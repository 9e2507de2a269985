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

/**
 * A React Hook Form resolver for a schema of packages/schemas, with translated messages
 * (a few lines instead of @hookform/resolvers and its many peers).
 */
export function zodResolver<TValues extends FieldValues>(
  schema: z.ZodType,
  t: I18n['t'],
): Resolver<TValues> {
  return async (values) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data as TValues, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      errors[path] ??= { type: issue.code, message: issueText(issue, t) };
    }
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}
