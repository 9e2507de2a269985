import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delayMs` (typing in a filter box). */
export function useDebouncedValue<TValue>(value: TValue, delayMs = 300): TValue {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
