import type { HandlerTable } from '../core/context.ts';
import type { TableSpec } from '../store/types.ts';

export const tables: TableSpec[] = [];
export const handlers: HandlerTable = {};
