export { TracSeqClient, type TracSeqClientOptions } from './client.js';
export type { EventFilter, FollowOptions } from './follow.js';
export { TracSeqProblem } from './problem.js';
export type { Credentials } from './session.js';
// Each service's API class with its request types (CreateSampleRequest, ...), and every model.
export * from './generated/apis/AuthApi.js';
export * from './generated/apis/BarcodesApi.js';
export * from './generated/apis/EventsApi.js';
export * from './generated/apis/GatewayApi.js';
export * from './generated/apis/LibraryPrepApi.js';
export * from './generated/apis/QaqcApi.js';
export * from './generated/apis/SamplesApi.js';
export * from './generated/apis/SequencingApi.js';
export * from './generated/apis/StorageApi.js';
export * from './generated/models/index.js';
export { FetchError, ResponseError } from './generated/runtime.js';
