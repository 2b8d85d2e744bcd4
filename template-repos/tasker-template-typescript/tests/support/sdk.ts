/**
 * Loads the Tasker SDK for handler tests.
 *
 * Handler modules import `@tasker-systems/tasker`, so handler tests import them only
 * after the SDK itself loaded. When the SDK is not installed (Node cannot find the package
 * itself), `loadSdk()` returns the reason and the handler suites are skipped with it; service
 * tests always run. Any other failure to load it (a missing dependency of the SDK such as
 * pino-pretty, its native module, a syntax error) means a broken SDK and is thrown, so the
 * run fails loudly instead of skipping.
 */
export const SDK_PACKAGE = '@tasker-systems/tasker';

export type Sdk = typeof import('@tasker-systems/tasker');

export type SdkLoad = { sdk: Sdk; reason: null } | { sdk: null; reason: string };

export async function loadSdk(): Promise<SdkLoad> {
  try {
    const sdk = (await import(SDK_PACKAGE)) as Sdk;
    return { sdk, reason: null };
  } catch (error) {
    if (!isSdkItselfMissing(error)) {
      throw error;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { sdk: null, reason: `${SDK_PACKAGE} is not installed (${detail})` };
  }
}

/**
 * Whether a load error is "module not found" for the SDK package itself. A package the SDK imports
 * that is missing (e.g. pino-pretty) names that package instead, so it counts as broken.
 */
function isSdkItselfMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  const notFound = /^(Cannot find (package|module)|Failed to (load|resolve)( import| url)?) ['"]?([^'"\s]+)/.exec(message);
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_LOAD_URL') &&
    notFound?.[5] === SDK_PACKAGE
  );
}

export type ContextOptions = {
  handlerName?: string;
  inputData?: Record<string, unknown>;
  dependencyResults?: Record<string, unknown>;
  stepInputs?: Record<string, unknown>;
  stepConfig?: Record<string, unknown>;
};

/** A StepContext as the worker would build it, for calling a handler directly. */
export function buildContext(sdk: Sdk, options: ContextOptions = {}) {
  return new sdk.StepContext({
    event: {} as never,
    taskUuid: '00000000-0000-0000-0000-000000000001',
    stepUuid: '00000000-0000-0000-0000-000000000002',
    correlationId: 'test-correlation',
    handlerName: options.handlerName ?? 'test_handler',
    inputData: options.inputData ?? {},
    dependencyResults: options.dependencyResults ?? {},
    stepConfig: options.stepConfig ?? {},
    stepInputs: options.stepInputs ?? {},
    retryCount: 0,
    maxRetries: 3,
  });
}

/** What a handler's `call` resolves to (the SDK's StepHandlerResult), as the tests read it. */
export type HandlerOutcome = {
  success: boolean;
  result?: Record<string, unknown> | null;
  retryable?: boolean;
  errorMessage?: string | null;
  metadata?: Record<string, unknown>;
};

export type RunnableHandler = { call(context: unknown): Promise<HandlerOutcome> };

/**
 * Instantiates a handler class returned by defineHandler and friends. Their declared type is the
 * SDK's abstract StepHandler base, so TypeScript refuses a direct `new`; the class itself is concrete.
 */
export function instantiate(handlerClass: unknown): RunnableHandler {
  return new (handlerClass as new () => RunnableHandler)();
}
