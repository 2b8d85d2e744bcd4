// Our declarations of what a generated project uses of @tasker-systems/tasker, for `tsc --noEmit` in
// verify/typescript.sh (the SDK is not on the npm registry reachable here). Written from the SDK's
// sources, tasker-core c8733f95 crates/tasker-ts/src (package 0.1.10; the functional API since
// 0.1.6): handler/functional.ts (define*Handler, Decision, PermanentError, RetryableError,
// HandlerOptions, BatchConfig), handler/base.ts (StepHandler, StepHandlerClass), types/batch.ts
// (BatchWorkerContext), types/step-context.ts, types/step-handler-result.ts, handler/mixins/api.ts,
// handler/handler-system.ts, server/worker-server.ts and server/types.ts. Only members that exist
// there are declared (a subset of each type); nothing here is executed.
declare module '@tasker-systems/tasker' {
  export interface StepContextParams {
    event: unknown;
    taskUuid: string;
    stepUuid: string;
    correlationId: string;
    handlerName: string;
    inputData: Record<string, unknown>;
    dependencyResults: Record<string, unknown>;
    stepConfig: Record<string, unknown>;
    stepInputs: Record<string, unknown>;
    retryCount: number;
    maxRetries: number;
  }
  export class StepContext {
    constructor(params: StepContextParams);
    readonly taskUuid: string;
    readonly stepUuid: string;
    readonly inputData: Record<string, unknown>;
    readonly dependencyResults: Record<string, unknown>;
    readonly stepConfig: Record<string, unknown>;
    readonly stepInputs: Record<string, unknown>;
    getDependencyResult(stepName: string): unknown;
    getInput<T = unknown>(key: string): T | undefined;
    getInputOr<T = unknown>(key: string, defaultValue: T): T;
    getConfig<T = unknown>(key: string): T | undefined;
  }
  export class StepHandlerResult {
    readonly success: boolean;
    readonly result: Record<string, unknown> | null;
    readonly errorMessage: string | null;
    readonly errorType: string | null;
    readonly retryable: boolean;
    readonly metadata: Record<string, unknown>;
    static success(result: Record<string, unknown>, metadata?: Record<string, unknown>): StepHandlerResult;
  }
  export abstract class StepHandler {
    static handlerName: string;
    static handlerVersion: string;
    abstract call(context: StepContext): Promise<StepHandlerResult>;
  }
  // handler/base.ts: what every define*Handler returns and HandlerSystem.register takes.
  export interface StepHandlerClass {
    handlerName: string;
    handlerVersion?: string;
    new (): StepHandler;
  }
  type HandlerClass = StepHandlerClass;
  export interface HandlerOptions {
    depends?: Record<string, string>;
    inputs?: Record<string, string>;
    version?: string;
  }
  export type HandlerArgs = Record<string, unknown> & { context: StepContext };
  export class PermanentError extends Error {
    constructor(message: string, metadata?: Record<string, unknown>);
    readonly retryable: false;
  }
  export class RetryableError extends Error {
    constructor(message: string, metadata?: Record<string, unknown>);
    readonly retryable: true;
  }
  export function defineHandler(
    name: string,
    options: HandlerOptions,
    fn: (args: HandlerArgs) => Promise<Record<string, unknown> | StepHandlerResult | undefined>,
  ): HandlerClass;
  export class Decision {
    private constructor();
    readonly type: 'create_steps' | 'no_branches';
    readonly steps: string[];
    static route(steps: string[], routingContext?: Record<string, unknown>): Decision;
    static skip(reason: string, routingContext?: Record<string, unknown>): Decision;
  }
  export function defineDecisionHandler(
    name: string,
    options: HandlerOptions,
    fn: (args: HandlerArgs) => Promise<Decision | StepHandlerResult>,
  ): HandlerClass;
  export interface BatchConfig {
    totalItems: number;
    batchSize: number;
    metadata?: Record<string, unknown>;
  }
  // types/batch.ts: a batch worker's cursor range is [startCursor, endCursor); there is no batchSize.
  export interface BatchWorkerContext {
    batchId: string;
    batchIndex: number;
    totalBatches: number;
    batchMetadata: Record<string, unknown>;
    readonly startCursor: number;
    readonly endCursor: number;
    readonly stepSize: number;
  }
  export function defineBatchAnalyzer(
    name: string,
    options: HandlerOptions & { workerTemplate: string },
    fn: (args: HandlerArgs) => Promise<BatchConfig | StepHandlerResult>,
  ): HandlerClass;
  export function defineBatchWorker(
    name: string,
    options: HandlerOptions,
    fn: (
      args: HandlerArgs & { batchContext: BatchWorkerContext | null },
    ) => Promise<Record<string, unknown> | StepHandlerResult | undefined>,
  ): HandlerClass;
  // handler/mixins/api.ts: a class there; the members a handler reads.
  export interface ApiResponse {
    readonly ok: boolean;
    readonly statusCode: number;
    readonly body: unknown;
  }
  export interface APICapable {
    get(path: string, params?: Record<string, unknown>, headers?: Record<string, string>): Promise<ApiResponse>;
    post(
      path: string,
      options?: { body?: unknown; json?: boolean; headers?: Record<string, string> },
    ): Promise<ApiResponse>;
    apiSuccess(response: ApiResponse, result?: Record<string, unknown>, includeResponse?: boolean): StepHandlerResult;
    apiFailure(response: ApiResponse, message?: string): StepHandlerResult;
  }
  export interface ApiHandlerOptions extends HandlerOptions {
    baseUrl: string;
    defaultTimeout?: number;
    defaultHeaders?: Record<string, string>;
  }
  export function defineApiHandler(
    name: string,
    options: ApiHandlerOptions,
    fn: (args: HandlerArgs & { api: APICapable }) => Promise<Record<string, unknown> | StepHandlerResult | undefined>,
  ): HandlerClass;
  export interface WorkerServerConfig {
    namespace?: string;
    logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
    configPath?: string;
    databaseUrl?: string;
  }
  export class HandlerSystem {
    register(name: string, handler: HandlerClass): void;
    handlerCount(): number;
  }
  export class WorkerServer {
    constructor();
    start(config?: WorkerServerConfig): Promise<this>;
    getHandlerSystem(): HandlerSystem;
    shutdown(): Promise<void>;
  }
}
