export { TracSeqClient, type TracSeqClientOptions } from './client.js';
export { TracSeqProblem } from './problem.js';
export type { Credentials } from './session.js';
// Each service's API class with its request types (CreateSampleRequest, ...), and every model.
export * from './generated/apis/AuthApi.js';
export * from './generated/apis/BarcodesApi.js';
export * from './generated/apis/GatewayApi.js';
export * from './generated/apis/SamplesApi.js';
export * from './generated/apis/StorageApi.js';
export * from './generated/models/index.js';
export { FetchError, ResponseError } from './generated/runtime.js';
