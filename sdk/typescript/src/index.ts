export { TracSeqClient, type TracSeqClientOptions } from './client.js';
export { TracSeqProblem } from './problem.js';
export type { Credentials } from './session.js';
export { AuthApi } from './generated/apis/AuthApi.js';
export { BarcodesApi } from './generated/apis/BarcodesApi.js';
export { SamplesApi } from './generated/apis/SamplesApi.js';
export { StorageApi } from './generated/apis/StorageApi.js';
export * from './generated/models/index.js';
export { FetchError, ResponseError } from './generated/runtime.js';
