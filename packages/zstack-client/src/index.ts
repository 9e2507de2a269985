export { ZStackClient } from './client.ts';
export type {
  CallOptions,
  CallParams,
  CallResult,
  FollowOptions,
  InventoryOf,
  NodeCapabilities,
  QueryApiName,
  QueryReply,
  SubmittedJob,
  TagParams,
  UserLogin,
  ZStackClientOptions,
} from './clientOptions.ts';
export { clientDefaults } from './clientOptions.ts';
export { type Endpoint, parseEndpoint, rewriteJobLocation } from './endpoint.ts';
export { errorFromErrorCode, errorFromReply } from './errorBody.ts';
export {
  type ClientErrorCode,
  clientErrorCodes,
  isClientErrorCode,
  ZStackError,
  type ZStackErrorInit,
} from './errors.ts';
export { type BackoffPolicy, backoffDelay, defaultBackoff } from './jobs/backoff.ts';
export { buildRestRequest, encodeParams, type RestRequestParts } from './rest/restRequest.ts';
export { RestTransport, type RestTransportOptions, restHeaders } from './rest/restTransport.ts';
export { buildRpcMessage, type RpcMessageInput, rpcQueryFields } from './rpc/rpcMessage.ts';
export { decodeRpcResult, parseRpcResponse, type RpcResponse, toRestBody } from './rpc/rpcReply.ts';
export { RpcTransport, type RpcTransportOptions, rpcPaths } from './rpc/rpcTransport.ts';
export { chooseTransport, type WireKind } from './rpc/selectTransport.ts';
export { hashPassword, type ZStackSession } from './sessions/session.ts';
export type {
  JobRef,
  PollOutcome,
  RequestEvent,
  SendOutcome,
  Transport,
  TransportCall,
  TransportKind,
} from './transport.ts';
