/**
 * A control verb that cannot be done as asked. `status` is the control API's HTTP answer
 * (400 bad request, 404 no such resource, 409 conflict with the node's state, 501 a part of the simulator missing);
 * in-process callers get the same error thrown.
 */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 501,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}
