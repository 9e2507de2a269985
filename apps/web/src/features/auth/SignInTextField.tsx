import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { type ChangeEventHandler, type FocusEventHandler, type Ref, useId } from 'react';

/** Props of {@link SignInTextField}: the part of TextField's the sign-in form uses. */
export interface SignInTextFieldProps {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: string;
  onChange: ChangeEventHandler<HTMLInputElement>;
  onBlur: FocusEventHandler<HTMLInputElement>;
  ref?: Ref<HTMLDivElement>;
  /** `data-testid` of the `<input>`. */
  inputTestId: string;
}

/**
 * An outlined TextField (same markup, classes and ids as MUI's) built from its parts, so that the
 * sign-in route does not load TextField's Select, Menu, Popover and Modal.
 */
export function SignInTextField(props: SignInTextFieldProps) {
  const { label, name, type, autoComplete, autoFocus = false, error = false, helperText } = props;
  const id = useId();
  const helperTextId = helperText ? `${id}-helper-text` : undefined;
  return (
    <FormControl ref={props.ref} className="MuiTextField-root" variant="outlined" error={error}>
      <InputLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </InputLabel>
      <OutlinedInput
        aria-describedby={helperTextId}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        name={name}
        type={type}
        id={id}
        onChange={props.onChange}
        onBlur={props.onBlur}
        label={label}
        inputProps={{ 'data-testid': props.inputTestId }}
      />
      {helperText && <FormHelperText id={helperTextId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
