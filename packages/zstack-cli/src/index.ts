export { placeholderFor, secretParams, shellQuote, withoutSecrets } from './secrets.ts';
export { type CurlOptions, loginLine, toCurl } from './toCurl.ts';
export { toZStackCli } from './toZStackCli.ts';
