/**
 * Worker entry point: starts the Tasker worker and registers this project's handlers.
 *
 *   npm run build && npm start
 *
 * Needs the infrastructure from docker-compose.tasker.yml and, in the environment, DATABASE_URL,
 * TASKER_CONFIG_PATH (the complete worker configuration, config/tasker/worker.toml: the SDK reads
 * its configuration from there, not from arguments) and TASKER_TEMPLATE_PATH (config/tasks).
 */
import { WorkerServer } from '@tasker-systems/tasker';
import { handlers } from './handlers/index.js';

const namespace = process.env.TASKER_NAMESPACE ?? 'default';
const server = new WorkerServer();

await server.start({ namespace });

const handlerSystem = server.getHandlerSystem();
for (const handler of handlers) {
  handlerSystem.register(handler.handlerName, handler);
}
console.log(`Tasker worker for namespace '${namespace}' started with ${handlers.length} handlers`);

async function stop(signal: string): Promise<void> {
  console.log(`${signal} received, shutting down`);
  await server.shutdown();
  process.exit(0);
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
