import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';

/** The values of the sign-in form. */
export interface SignInValues {
  kind: 'account' | 'user';
  accountName: string;
  userName: string;
  password: string;
}

/** The text fields of the sign-in form. */
export type SignInField = 'accountName' | 'userName' | 'password';

/** The error of each field (the first issue), as the validation gives them. */
export type SignInErrors = Partial<Record<string, { type: string; message: string }>>;

/** Validates all values: no errors means valid. */
export type SignInValidate = (values: SignInValues) => Promise<SignInErrors>;

const defaults: SignInValues = { kind: 'account', accountName: '', userName: '', password: '' };

/**
 * The sign-in form's state, with React Hook Form's behaviour in its default modes (uncontrolled
 * inputs; validation on submit, then again on each change of a field; the first invalid field is
 * focused; a field that unmounts keeps its value) in a few lines, so that the sign-in route does
 * not load react-hook-form (the signed-in forms still use it).
 */
export function useSignInForm(validate: SignInValidate) {
  const values = useRef<SignInValues>({ ...defaults });
  const inputs = useRef<Partial<Record<SignInField, HTMLInputElement>>>({});
  /** Fields in the order they first registered (the order the first error is looked for in). */
  const order = useRef<SignInField[]>([]);
  const submitted = useRef(false);
  const [kind, setKind] = useState<SignInValues['kind']>(defaults.kind);
  const [errors, setErrors] = useState<SignInErrors>({});

  const snapshot = (): SignInValues => ({ ...values.current });

  /** Props of a text field: its name, its handlers and a ref to its root element. */
  const register = (name: SignInField) => {
    if (!order.current.includes(name)) order.current.push(name);
    return {
      name,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        values.current[name] = event.target.value;
        if (!submitted.current) return;
        void validate(snapshot()).then((all) =>
          setErrors((previous) => {
            if (previous[name] === all[name]) return previous;
            const next = { ...previous };
            if (all[name]) next[name] = all[name];
            else delete next[name];
            return next;
          }),
        );
      },
      onBlur: () => {},
      ref: (element: HTMLElement | null) => {
        const input = element?.querySelector('input');
        if (!input) {
          delete inputs.current[name];
          return;
        }
        if (input.value !== values.current[name]) input.value = values.current[name];
        inputs.current[name] = input;
      },
    };
  };

  const setValue = (_name: 'kind', value: SignInValues['kind']) => {
    values.current.kind = value;
    setKind(value);
  };

  /** Validates, then calls `onValid` with the values or shows the errors. */
  const handleSubmit = (onValid: (values: SignInValues) => void) => async (event?: FormEvent) => {
    event?.preventDefault();
    const all = await validate(snapshot());
    submitted.current = true;
    setErrors(all);
    if (Object.keys(all).length === 0) {
      onValid(snapshot());
      return;
    }
    const first = order.current.find((name) => all[name] && inputs.current[name]);
    if (first) inputs.current[first]?.focus();
  };

  /** Back to the default value, without an error. */
  const resetField = (name: SignInField) => {
    values.current[name] = defaults[name];
    const input = inputs.current[name];
    if (input) input.value = defaults[name];
    setErrors((previous) => {
      if (!previous[name]) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    });
  };

  return { kind, errors, register, setValue, handleSubmit, resetField };
}
