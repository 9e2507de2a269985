import { parseZStackDate, type QueryCondition } from '@zdash/zstack-api';
import { invalidArgument } from '../core/apiError.ts';
import type { ColumnType } from './types.ts';

/**
 * Condition values arrive as text (REST `q=`); ZQL compares them with the field's type.
 * These turn the text into what the column stores.
 *
 * @see https://github.com/zstackio/zstack/blob/master/search/src/main/java/org/zstack/zql/ast/visitors/ValueVisitor.java
 */

/** Splits an `in`/`not in` value on commas, as QueryFacadeImpl#toZQLConditionString does. */
export function splitInValues(value: string): string[] {
  return value.split(',');
}

/** A condition value as the column stores it; SYS.1007 when it cannot be one. */
export function coerceValue(type: ColumnType, text: string, condition: QueryCondition): unknown {
  switch (type) {
    case 'int':
    case 'real': {
      const number = text.trim() === '' ? Number.NaN : Number(text);
      if (!Number.isFinite(number)) throw badValue(condition, text, 'a number');
      return number;
    }
    case 'bool': {
      const lower = text.trim().toLowerCase();
      if (lower === 'true') return 1;
      if (lower === 'false') return 0;
      throw badValue(condition, text, 'true or false');
    }
    case 'date': {
      if (/^\s*\d+\s*$/.test(text)) return Number(text);
      const date = parseZStackDate(text);
      if (!date) throw badValue(condition, text, 'a date');
      return date.getTime();
    }
    default:
      return text;
  }
}

function badValue(condition: QueryCondition, text: string, expected: string) {
  return invalidArgument(
    `the value[${text}] of query condition[${condition.name} ${condition.op}] is not ${expected}`,
  );
}
